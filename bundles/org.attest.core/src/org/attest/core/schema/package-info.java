/**
 * The label sets annotators choose from: the default schema a new corpus starts with (stance, credibility,
 * source reliability), lookups by set and label id for validators and exporters, and the documented mappings
 * of our stance labels to other stance corpora. The rationale and the tables are in {@code docs/labels.md}.
 */
package org.attest.core.schema;
