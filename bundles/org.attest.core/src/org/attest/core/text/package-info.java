/**
 * Text offsets in the units other tools count: spans are stored as UTF-16 indexes (Java string indexes),
 * exports to Python use Unicode code points.
 */
package org.attest.core.text;
