package org.attest.core.curation;

/** What a curation item is about: the four kinds of annotation a layer holds. */
public enum CurationKind {
	CLAIM(Messages.CurationKind_claim),
	SOURCE_MENTION(Messages.CurationKind_sourceMention),
	CUE(Messages.CurationKind_cue),
	ATTRIBUTION(Messages.CurationKind_attribution);

	private final String label;

	CurationKind(String label) {
		this.label = label;
	}

	/** The kind's name as people read it ("Source Mention"), in the user's language. */
	public String label() {
		return label;
	}
}
