package org.attest.core.curation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing to decide while curating a document: a cluster of the annotators' annotations that the alignment
 * takes for the same (a claim, source mention, cue or attribution, at most one per annotator), the gold
 * layer's annotation attached to it if gold has one, and where the decision stands.
 * <p>
 * Annotations are <em>equal</em> when they have the same span and the same labels: a claim's claim type and
 * credibility, a source mention's registry source, a cue's span alone; an attribution's stance, and its
 * source mention and cue in the same clusters (its claim and source are the same throughout a cluster).
 * Check-worthiness and notes are not compared; they come along when an annotation is accepted.
 */
public final class CurationItem {

	private final CurationKind kind;
	private final Map<String, EObject> annotations;
	private final EObject gold;
	private final List<Set<String>> groups;
	private final Set<String> acceptedFrom;
	private final CurationStatus status;
	private final int begin;
	private final int end;

	CurationItem(CurationKind kind, Map<String, ? extends EObject> annotations, EObject gold, List<Set<String>> groups,
			Set<String> acceptedFrom, boolean rejected, int annotatorCount, int begin, int end) {
		this.kind = kind;
		this.annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
		this.gold = gold;
		this.groups = List.copyOf(groups);
		this.acceptedFrom = Set.copyOf(acceptedFrom);
		this.begin = begin;
		this.end = end;
		if (annotations.isEmpty()) {
			status = CurationStatus.GOLD_ONLY;
		} else if (!acceptedFrom.isEmpty()) {
			status = CurationStatus.ACCEPTED;
		} else if (rejected) {
			status = CurationStatus.REJECTED;
		} else if (gold == null && agreement() == annotatorCount) {
			status = CurationStatus.AGREED;
		} else {
			status = CurationStatus.CONFLICT;
		}
	}

	public CurationKind kind() {
		return kind;
	}

	/** Annotator → that annotator's annotation here, in the curation's annotator order; gold is not among them. */
	public Map<String, EObject> annotations() {
		return annotations;
	}

	/** The annotator's annotation here, or {@code null} when the annotator has none. */
	public EObject annotation(String annotator) {
		return annotations.get(annotator);
	}

	/** Gold's annotation here, or {@code null} when gold has none. */
	public EObject gold() {
		return gold;
	}

	/**
	 * The annotators grouped by equal annotations, largest group first (ties in annotator order); annotators
	 * without an annotation here are in no group.
	 */
	public List<Set<String>> groups() {
		return groups;
	}

	/** How many annotators have the most common annotation here: the size of the largest group. */
	public int agreement() {
		return groups.isEmpty() ? 0 : groups.get(0).size();
	}

	/**
	 * The annotators with the most common annotation, if no other annotation is as common; empty when two
	 * readings tie, so that no rule picks one of them silently.
	 */
	public Optional<Set<String>> majority() {
		if (groups.isEmpty() || groups.size() > 1 && groups.get(1).size() == groups.get(0).size()) {
			return Optional.empty();
		}
		return Optional.of(groups.get(0));
	}

	/** The annotators whose annotation gold holds an equal copy of; empty unless {@link #status()} is ACCEPTED. */
	public Set<String> acceptedFrom() {
		return acceptedFrom;
	}

	public CurationStatus status() {
		return status;
	}

	public boolean isConflict() {
		return status == CurationStatus.CONFLICT;
	}

	/**
	 * Start of the text the item covers: the union of its annotations' spans (for an attribution, of their
	 * claims' spans), gold's included.
	 */
	public int begin() {
		return begin;
	}

	/** End (exclusive) of the text the item covers; see {@link #begin()}. */
	public int end() {
		return end;
	}

	@Override
	public String toString() {
		return kind + " " + status + " [" + begin + ", " + end + ") " + annotations.keySet() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (gold == null ? "" : " + gold"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
