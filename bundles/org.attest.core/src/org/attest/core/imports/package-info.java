/**
 * Importing articles into a corpus: plain text, HTML (through jsoup, never fetching anything) and JSONL, one
 * file at a time, with a result per file so that a bad file never stops a batch.
 */
package org.attest.core.imports;
