package org.attest.core.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Annotations of several annotators that an alignment takes for one and the same: at most one per
 * annotator. A cluster of one annotation is an unmatched item.
 *
 * @param <T> the kind of annotation (claim, source mention, cue, attribution)
 */
public final class Cluster<T> {

	private final Map<String, T> byAnnotator;

	Cluster(Map<String, T> byAnnotator) {
		this.byAnnotator = Collections.unmodifiableMap(new LinkedHashMap<>(byAnnotator));
	}

	/** The annotators with an annotation in this cluster, in the order the alignment was given them. */
	public Set<String> annotators() {
		return byAnnotator.keySet();
	}

	/** The annotation of {@code annotator} in this cluster, or {@code null} if the annotator has none. */
	public T of(String annotator) {
		return byAnnotator.get(annotator);
	}

	public boolean has(String annotator) {
		return byAnnotator.containsKey(annotator);
	}

	public int size() {
		return byAnnotator.size();
	}

	/** Annotator → annotation, in the order the alignment was given the annotators. */
	public Map<String, T> byAnnotator() {
		return byAnnotator;
	}

	@Override
	public String toString() {
		return byAnnotator.toString();
	}
}
