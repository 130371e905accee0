package org.attest.core.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.attest.core.agreement.Cluster;
import org.attest.core.agreement.LayerAlignment;
import org.attest.core.agreement.SpanAlignment;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.ecore.EObject;

/**
 * What is left to decide in curating one document's gold layer from its annotators' layers: one
 * {@link CurationItem} per cluster of the annotators' {@link LayerAlignment alignment}, with gold's annotation
 * attached where gold has one, and the {@link #conflicts() conflicts}.
 * <p>
 * Gold does not take part in the alignment, so what gold holds never changes how the annotators' annotations
 * cluster. Each gold annotation is attached to at most one cluster and each cluster gets at most one: a gold
 * span to the cluster with a span it overlaps most (Jaccard, as the alignment measures), a gold attribution to
 * a cluster of attributions of the same claim cluster and source, one it equals first. Gold annotations
 * attached to no cluster are items of their own ({@link CurationStatus#GOLD_ONLY}).
 * <p>
 * A curation is a snapshot: after a command changed a layer, compute a new one.
 */
public final class Curation {

	private final List<String> annotators;
	private final AnnotationLayer gold;
	private final Rejections rejections;
	private final Map<EObject, CurationItem> itemOf;
	private final List<CurationItem> items = new ArrayList<>();

	private Curation(Map<String, AnnotationLayer> annotatorLayers, AnnotationLayer gold, Rejections rejections) {
		this.annotators = List.copyOf(annotatorLayers.keySet());
		this.gold = gold;
		this.rejections = rejections;
		int annotations = Stream.concat(annotatorLayers.values().stream(), Stream.ofNullable(gold))
				.mapToInt(layer -> layer.getClaims().size() + layer.getSourceMentions().size() + layer.getCues().size()
						+ layer.getAttributions().size())
				.sum();
		itemOf = new IdentityHashMap<>(annotations);
		LayerAlignment alignment = LayerAlignment.of(annotatorLayers);
		addSpanItems(CurationKind.CLAIM, alignment.claims(), gold == null ? List.of() : gold.getClaims(),
				claim -> Arrays.asList(claim.getBegin(), claim.getEnd(), claim.getClaimType(), claim.getCredibility()));
		addSpanItems(CurationKind.SOURCE_MENTION, alignment.sourceMentions(),
				gold == null ? List.of() : gold.getSourceMentions(),
				mention -> Arrays.asList(mention.getBegin(), mention.getEnd(), sourceKey(mention.getSource())));
		addSpanItems(CurationKind.CUE, alignment.cues(), gold == null ? List.of() : gold.getCues(),
				cue -> Arrays.asList(cue.getBegin(), cue.getEnd()));
		addAttributionItems(alignment.attributions(), gold == null ? List.of() : gold.getAttributions());
		items.sort(Comparator.comparingInt(CurationItem::begin).thenComparing(CurationItem::kind)
				.thenComparingInt(CurationItem::end));
	}

	/**
	 * The curation of one document.
	 *
	 * @param annotatorLayers annotator → that annotator's layer of the document, in the order to show them; not
	 *            the gold layer
	 * @param gold the document's gold layer, or {@code null} while it has none
	 * @param rejections the document's rejected annotations
	 */
	public static Curation of(Map<String, AnnotationLayer> annotatorLayers, AnnotationLayer gold, Rejections rejections) {
		if (annotatorLayers.containsKey(CorpusStore.GOLD)) {
			throw new IllegalArgumentException("the gold layer is not one of the annotators' layers"); //$NON-NLS-1$
		}
		return new Curation(annotatorLayers, gold, Objects.requireNonNull(rejections));
	}

	/** The annotators compared, in the order given. */
	public List<String> annotators() {
		return annotators;
	}

	/** The gold layer, or {@code null} when the document has none yet. */
	public AnnotationLayer gold() {
		return gold;
	}

	public Rejections rejections() {
		return rejections;
	}

	/** Every item, in text order (claims before the attributions of the same text, then mentions and cues inside). */
	public List<CurationItem> items() {
		return Collections.unmodifiableList(items);
	}

	/** The items still to decide because the annotators differ (see {@link CurationStatus#CONFLICT}), in text order. */
	public List<CurationItem> conflicts() {
		return items.stream().filter(CurationItem::isConflict).toList();
	}

	/** The item of an annotation of an annotator or of gold; {@code null} for an annotation of no layer curated here. */
	public CurationItem itemOf(EObject annotation) {
		return itemOf.get(annotation);
	}

	private <S extends Span> void addSpanItems(CurationKind kind, List<Cluster<S>> clusters, List<S> goldSpans,
			Function<S, List<Object>> form) {
		Map<Integer, S> attached = attachSpans(clusters, goldSpans);
		for (int i = 0; i < clusters.size(); i++) {
			add(kind, clusters.get(i).byAnnotator(), attached.get(i), form, Function.identity());
		}
		Set<S> attachedSpans = Collections.newSetFromMap(new IdentityHashMap<>());
		attachedSpans.addAll(attached.values());
		for (S goldSpan : goldSpans) {
			if (!attachedSpans.contains(goldSpan)) {
				add(kind, Map.of(), goldSpan, form, Function.identity());
			}
		}
	}

	/**
	 * Cluster index → the gold span attached to it: pairs of a cluster and a gold span overlapping one of its
	 * spans, taken by decreasing best Jaccard overlap (ties by cluster, then gold order), each side once.
	 */
	private static <S extends Span> Map<Integer, S> attachSpans(List<Cluster<S>> clusters, List<S> goldSpans) {
		List<S> byBegin = new ArrayList<>(goldSpans);
		byBegin.sort(Comparator.comparingInt(Span::getBegin));
		int longest = byBegin.stream().mapToInt(span -> span.getEnd() - span.getBegin()).max().orElse(0);
		Map<S, Integer> goldOrder = new IdentityHashMap<>();
		for (int j = 0; j < goldSpans.size(); j++) {
			goldOrder.put(goldSpans.get(j), j);
		}
		record Candidate<S>(int cluster, S gold, int goldIndex, double jaccard) {
		}
		List<Candidate<S>> candidates = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			Collection<S> members = clusters.get(i).byAnnotator().values();
			int begin = members.stream().mapToInt(Span::getBegin).min().orElseThrow();
			int end = members.stream().mapToInt(Span::getEnd).max().orElseThrow();
			// gold spans that may overlap [begin, end): they begin before its end, and at most longest before it
			for (int j = firstBeginningAtOrAfter(byBegin, begin - longest); j < byBegin.size()
					&& byBegin.get(j).getBegin() < end; j++) {
				S goldSpan = byBegin.get(j);
				double best = members.stream().filter(member -> SpanAlignment.overlap(member, goldSpan) > 0)
						.mapToDouble(member -> SpanAlignment.jaccard(member, goldSpan)).max().orElse(0);
				if (best > 0) {
					candidates.add(new Candidate<>(i, goldSpan, goldOrder.get(goldSpan), best));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble((Candidate<S> c) -> -c.jaccard()).thenComparingInt(Candidate::cluster)
				.thenComparingInt(Candidate::goldIndex));
		Map<Integer, S> attached = new LinkedHashMap<>();
		Set<S> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Candidate<S> candidate : candidates) {
			if (!attached.containsKey(candidate.cluster()) && !taken.contains(candidate.gold())) {
				attached.put(candidate.cluster(), candidate.gold());
				taken.add(candidate.gold());
			}
		}
		return attached;
	}

	private static int firstBeginningAtOrAfter(List<? extends Span> byBegin, int offset) {
		int low = 0;
		int high = byBegin.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (byBegin.get(middle).getBegin() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private void addAttributionItems(List<Cluster<Attribution>> clusters, List<Attribution> goldAttributions) {
		Function<Attribution, List<Object>> form = attribution -> Arrays.asList(attribution.getStance(),
				itemOf.get(attribution.getMention()), itemOf.get(attribution.getCue()));
		Function<Attribution, Span> claimOf = Attribution::getClaim;
		// a gold attribution belongs with clusters of the same claim cluster and source; among those, first one
		// that has an attribution equal to it, then the first one
		Map<List<Object>, List<Integer>> goldByKey = new HashMap<>();
		for (int j = 0; j < goldAttributions.size(); j++) {
			Attribution goldAttribution = goldAttributions.get(j);
			CurationItem claim = itemOf.get(goldAttribution.getClaim());
			if (claim != null) {
				goldByKey.computeIfAbsent(Arrays.asList(claim, sourceKey(goldAttribution.getSource())),
						key -> new ArrayList<>()).add(j);
			}
		}
		record Candidate(int cluster, int goldIndex, boolean equal) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			Collection<Attribution> members = clusters.get(i).byAnnotator().values();
			Attribution member = members.iterator().next();
			List<Object> key = Arrays.asList(itemOf.get(member.getClaim()), sourceKey(member.getSource()));
			for (int j : goldByKey.getOrDefault(key, List.of())) {
				List<Object> goldForm = form.apply(goldAttributions.get(j));
				boolean equal = members.stream().anyMatch(attribution -> form.apply(attribution).equals(goldForm));
				candidates.add(new Candidate(i, j, equal));
			}
		}
		candidates.sort(Comparator.comparing((Candidate c) -> !c.equal()).thenComparingInt(Candidate::cluster)
				.thenComparingInt(Candidate::goldIndex));
		Map<Integer, Attribution> attached = new LinkedHashMap<>();
		Set<Integer> taken = new LinkedHashSet<>();
		for (Candidate candidate : candidates) {
			if (!attached.containsKey(candidate.cluster()) && taken.add(candidate.goldIndex())) {
				attached.put(candidate.cluster(), goldAttributions.get(candidate.goldIndex()));
			}
		}
		for (int i = 0; i < clusters.size(); i++) {
			add(CurationKind.ATTRIBUTION, clusters.get(i).byAnnotator(), attached.get(i), form, claimOf);
		}
		for (int j = 0; j < goldAttributions.size(); j++) {
			if (!taken.contains(j)) {
				add(CurationKind.ATTRIBUTION, Map.of(), goldAttributions.get(j), form, claimOf);
			}
		}
	}

	/**
	 * Adds the item of a cluster.
	 *
	 * @param form what must be the same for two annotations to be equal
	 * @param spanOf the span that places an annotation in the text
	 */
	private <T extends EObject> void add(CurationKind kind, Map<String, T> members, T goldMember,
			Function<T, List<Object>> form, Function<T, ? extends Span> spanOf) {
		Map<List<Object>, Set<String>> byForm = new LinkedHashMap<>();
		members.forEach((annotator, annotation) -> byForm
				.computeIfAbsent(form.apply(annotation), key -> new LinkedHashSet<>()).add(annotator));
		List<Set<String>> groups = new ArrayList<>(byForm.values());
		groups.sort(Comparator.comparingInt((Set<String> group) -> -group.size())); // stable: ties keep annotator order
		Set<String> acceptedFrom = goldMember == null ? Set.of()
				: byForm.getOrDefault(form.apply(goldMember), Set.of());

		List<Span> spans = new ArrayList<>();
		members.values().stream().map(spanOf).filter(Objects::nonNull).forEach(spans::add);
		if (goldMember != null && spanOf.apply(goldMember) != null) {
			spans.add(spanOf.apply(goldMember));
		}
		int begin = spans.stream().mapToInt(Span::getBegin).min().orElse(0);
		int end = spans.stream().mapToInt(Span::getEnd).max().orElse(0);

		CurationItem item = new CurationItem(kind, members, goldMember, groups, acceptedFrom,
				rejections.containsAll(members), annotators.size(), begin, end);
		items.add(item);
		members.values().forEach(annotation -> itemOf.put(annotation, item));
		if (goldMember != null) {
			itemOf.put(goldMember, item);
		}
	}

	/** A source as the alignment tells sources apart: by registry id (by name for a source without one). */
	static String sourceKey(Source source) {
		return source == null ? null : Objects.requireNonNullElse(source.getId(), source.getName());
	}

	/** The span an annotation of this kind is placed at: its own, or for an attribution its claim's. */
	static Span spanOf(EObject annotation) {
		return switch (annotation) {
		case Attribution attribution -> attribution.getClaim();
		case ClaimMention claim -> claim;
		case SourceMention mention -> mention;
		case Cue cue -> cue;
		default -> throw new IllegalArgumentException(annotation.eClass().getName());
		};
	}
}
