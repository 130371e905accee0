package org.attest.core.curation;

/** Where the curation of one item stands. */
public enum CurationStatus {
	/** Every annotator of the document has the same annotation, and gold has nothing here yet. */
	AGREED,
	/** The annotators differ (or some lack it), or gold holds something none of them has; still to decide. */
	CONFLICT,
	/** Gold holds an annotation equal to one of the annotators'. */
	ACCEPTED,
	/** The curator decided that gold takes none of the annotators' annotations here. */
	REJECTED,
	/** Gold holds an annotation that no annotator has anything like. */
	GOLD_ONLY;

	/** Whether the item is decided: nothing is left to do for it. */
	public boolean isResolved() {
		return this == ACCEPTED || this == REJECTED || this == GOLD_ONLY;
	}
}
