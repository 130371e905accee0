package org.attest.core.anchoring;

/**
 * A place in the new text a span could move to, with what decides between places: a rank (higher is
 * better; what it measures depends on the search), then the distance from the span's old offset, then the
 * position, so that the choice never depends on the order places were found in.
 *
 * @param similarity {@code 1 - edits / old quote length} of the text at this place
 */
record Candidate(int begin, int end, double rank, double similarity, int distance) {

	/** The better of two candidates, either of which may be null. */
	static Candidate better(Candidate current, Candidate challenger) {
		return current == null || challenger != null && challenger.beats(current) ? challenger : current;
	}

	private boolean beats(Candidate other) {
		if (rank != other.rank) {
			return rank > other.rank;
		}
		if (distance != other.distance) {
			return distance < other.distance;
		}
		return begin < other.begin;
	}
}
