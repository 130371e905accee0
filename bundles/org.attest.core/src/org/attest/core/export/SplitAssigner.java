package org.attest.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Assigns documents to train, dev and test so that the same ids and plan always give the same assignment,
 * whatever order the corpus lists them in: each id is ranked by SHA-256 of {@code seed + ":" + id}, and the
 * ranked ids are cut by the plan's ratios, rounded by largest remainder. A stratified plan cuts each label's
 * documents separately, so every split gets its share of every label. docs/formats.md, "Splits", has the
 * details.
 */
public final class SplitAssigner {

	public static final String TRAIN = "train"; //$NON-NLS-1$
	public static final String DEV = "dev"; //$NON-NLS-1$
	public static final String TEST = "test"; //$NON-NLS-1$
	/** The stratification label of a document without rated claims. */
	public static final String NO_LABEL = "none"; //$NON-NLS-1$

	/** The splits, in the order the ranked documents are cut into them. */
	public static final List<String> SPLITS = List.of(TRAIN, DEV, TEST);

	private SplitAssigner() {
	}

	/**
	 * Splits of the corpus's documents for the annotator's layers. A stratified plan reads every layer first
	 * (one document at a time) for its {@link #stratum label}; an unstratified one needs the ids only.
	 */
	public static Map<String, String> assign(CorpusStore store, String annotator, SplitPlan plan,
			IProgressMonitor monitor) throws IOException {
		if (!plan.stratify()) {
			return assign(store.documentIds(), plan);
		}
		Map<String, String> labels = new HashMap<>();
		DocumentStream.forEach(store, annotator, monitor,
				item -> labels.put(item.document().getId(), stratum(item.layer())));
		return assign(labels, plan);
	}

	/**
	 * The stratification label of a document: the credibility most of its claims have (the alphabetically
	 * first on a tie), {@link #NO_LABEL} when no claim has one.
	 */
	public static String stratum(Optional<AnnotationLayer> layer) {
		Map<String, Long> counts = layer.map(l -> l.getClaims().stream().map(ClaimMention::getCredibility)
				.filter(Objects::nonNull).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting())))
				.orElseGet(TreeMap::new);
		return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
				.orElse(NO_LABEL);
	}

	/** Splits of the ids, unstratified (the plan's {@code stratify} is not looked at). */
	public static Map<String, String> assign(Collection<String> ids, SplitPlan plan) {
		Map<String, String> assignment = new TreeMap<>();
		cut(ids, plan, assignment);
		return assignment;
	}

	/**
	 * Splits of the documents whose labels are given (document id → label): each label's documents are cut
	 * separately when the plan is stratified, all together otherwise.
	 */
	public static Map<String, String> assign(Map<String, String> labels, SplitPlan plan) {
		if (!plan.stratify()) {
			return assign(labels.keySet(), plan);
		}
		Map<String, List<String>> groups = new TreeMap<>();
		labels.forEach((id, label) -> groups.computeIfAbsent(label, l -> new ArrayList<>()).add(id));
		Map<String, String> assignment = new TreeMap<>();
		groups.values().forEach(group -> cut(group, plan, assignment));
		return assignment;
	}

	/**
	 * How many of {@code size} documents go to train, dev and test: each split's exact share
	 * {@code size · ratio / sum}, rounded down, and the documents left over one each to the splits with the
	 * largest fractional parts (train before dev before test on a tie).
	 */
	static int[] counts(int size, SplitPlan plan) {
		double[] ratios = { plan.train(), plan.dev(), plan.test() };
		double sum = ratios[0] + ratios[1] + ratios[2];
		int[] counts = new int[3];
		double[] remainders = new double[3];
		int given = 0;
		for (int i = 0; i < 3; i++) {
			double share = size * ratios[i] / sum;
			counts[i] = (int) Math.floor(share);
			remainders[i] = share - counts[i];
			given += counts[i];
		}
		List<Integer> byRemainder = new ArrayList<>(List.of(0, 1, 2));
		byRemainder.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
		for (int k = 0; given < size; k++, given++) {
			counts[byRemainder.get(k)]++;
		}
		return counts;
	}

	private static void cut(Collection<String> ids, SplitPlan plan, Map<String, String> assignment) {
		Map<String, String> ranks = new HashMap<>();
		ids.forEach(id -> ranks.put(id, rank(plan.seed(), id)));
		List<String> ranked = new ArrayList<>(ids);
		ranked.sort(Comparator.comparing((String id) -> ranks.get(id)).thenComparing(Comparator.naturalOrder()));
		int[] counts = counts(ranked.size(), plan);
		int next = 0;
		for (int split = 0; split < 3; split++) {
			for (int i = 0; i < counts[split]; i++) {
				assignment.put(ranked.get(next++), SPLITS.get(split));
			}
		}
	}

	/** SHA-256 of {@code seed:id} (UTF-8), lower-case hex: the id's place in the ranking. */
	static String rank(long seed, String id) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			return HexFormat.of().formatHex(sha256.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e); //$NON-NLS-1$
		}
	}
}
