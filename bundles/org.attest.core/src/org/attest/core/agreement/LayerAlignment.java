package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;

/**
 * Several annotators' layers of one document, aligned: their claims, source mentions and cues clustered by
 * {@link SpanAlignment}, and their attributions clustered through their claims: attributions of different
 * annotators are the same when their claims fall in one claim cluster and they name the same registry
 * source. Every annotation of every layer is in exactly one cluster; unmatched ones in clusters of one.
 */
public final class LayerAlignment {

	private final List<String> annotators;
	private final List<Cluster<ClaimMention>> claims;
	private final List<Cluster<SourceMention>> sourceMentions;
	private final List<Cluster<Cue>> cues;
	private final List<Cluster<Attribution>> attributions;

	private LayerAlignment(Map<String, AnnotationLayer> layers) {
		annotators = List.copyOf(layers.keySet());
		claims = SpanAlignment.align(spans(layers, AnnotationLayer::getClaims));
		sourceMentions = SpanAlignment.align(spans(layers, AnnotationLayer::getSourceMentions));
		cues = SpanAlignment.align(spans(layers, AnnotationLayer::getCues));
		attributions = alignAttributions(layers, claims);
	}

	/** Aligns the layers given as annotator → layer (all of one document); the map's order is kept. */
	public static LayerAlignment of(Map<String, AnnotationLayer> layers) {
		return new LayerAlignment(layers);
	}

	/** Aligns the layers, keyed by their annotators, in the order given. */
	public static LayerAlignment of(List<AnnotationLayer> layers) {
		Map<String, AnnotationLayer> byAnnotator = new LinkedHashMap<>();
		layers.forEach(layer -> byAnnotator.put(layer.getAnnotator(), layer));
		return new LayerAlignment(byAnnotator);
	}

	public List<String> annotators() {
		return annotators;
	}

	public List<Cluster<ClaimMention>> claims() {
		return claims;
	}

	public List<Cluster<SourceMention>> sourceMentions() {
		return sourceMentions;
	}

	public List<Cluster<Cue>> cues() {
		return cues;
	}

	public List<Cluster<Attribution>> attributions() {
		return attributions;
	}

	/** The claim cluster holding {@code claim}, or {@code null} if it belongs to none of the aligned layers. */
	public Cluster<ClaimMention> clusterOf(ClaimMention claim) {
		return claims.stream().filter(cluster -> cluster.byAnnotator().containsValue(claim)).findFirst().orElse(null);
	}

	private static <S extends Span> Map<String, List<S>> spans(Map<String, AnnotationLayer> layers,
			Function<AnnotationLayer, List<S>> feature) {
		Map<String, List<S>> spans = new LinkedHashMap<>();
		layers.forEach((annotator, layer) -> spans.put(annotator, feature.apply(layer)));
		return spans;
	}

	private static List<Cluster<Attribution>> alignAttributions(Map<String, AnnotationLayer> layers,
			List<Cluster<ClaimMention>> claimClusters) {
		Map<ClaimMention, Integer> clusterIndex = new IdentityHashMap<>();
		for (int i = 0; i < claimClusters.size(); i++) {
			for (ClaimMention claim : claimClusters.get(i).byAnnotator().values()) {
				clusterIndex.put(claim, i);
			}
		}
		// key: claim cluster and source id; value: the clusters built for that key, first come first served
		Map<AttributionKey, List<Map<String, Attribution>>> groups = new LinkedHashMap<>();
		List<Cluster<Attribution>> unanchored = new ArrayList<>();
		layers.forEach((annotator, layer) -> {
			for (Attribution attribution : layer.getAttributions()) {
				Integer index = clusterIndex.get(attribution.getClaim());
				if (index == null) {
					unanchored.add(new Cluster<>(Map.of(annotator, attribution)));
				} else {
					place(groups.computeIfAbsent(new AttributionKey(index, sourceId(attribution.getSource())),
							key -> new ArrayList<>()), annotator, attribution);
				}
			}
		});

		List<Cluster<Attribution>> clusters = new ArrayList<>();
		groups.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getKey().claimCluster()))
				.forEach(entry -> entry.getValue().forEach(members -> clusters.add(new Cluster<>(members))));
		clusters.addAll(unanchored);
		return clusters;
	}

	/** Puts the attribution in the first cluster of its key without one of this annotator's. */
	private static void place(List<Map<String, Attribution>> clusters, String annotator, Attribution attribution) {
		for (Map<String, Attribution> members : clusters) {
			if (!members.containsKey(annotator)) {
				members.put(annotator, attribution);
				return;
			}
		}
		Map<String, Attribution> members = new LinkedHashMap<>();
		members.put(annotator, attribution);
		clusters.add(members);
	}

	private static String sourceId(Source source) {
		return source == null ? null : Objects.requireNonNullElse(source.getId(), source.getName());
	}

	private record AttributionKey(int claimCluster, String sourceId) {
	}
}
