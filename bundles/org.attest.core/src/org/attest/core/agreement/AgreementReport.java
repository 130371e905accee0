package org.attest.core.agreement;

import java.util.List;

/**
 * What {@link AgreementOperation} measured: per pair of annotators and overall, over the corpus and per
 * document, with every item no other annotator matched. A plain value, which the command line prints (as a
 * table, JSON or CSV) and the Agreement view shows. A figure that is undefined (no items to compare, or no
 * variation to agree on) is {@code null}, never NaN.
 *
 * @param annotators the annotators compared, in the order pairs are formed
 * @param documents the corpus's documents
 * @param documentsCompared documents with layers of two or more of the annotators
 * @param stanceLabels the stance labels, the schema's first, for reading {@link PairFigures#stanceConfusion()}
 * @param corpus the figures over the whole corpus
 * @param perDocument the figures of each compared document, in corpus order
 * @param unmatched the claims, source mentions and attributions of one annotator that no other annotator of the
 *            document has, document by document
 */
public record AgreementReport(List<String> annotators, int documents, int documentsCompared, List<String> stanceLabels,
		Figures corpus, List<DocumentFigures> perDocument, List<UnmatchedItem> unmatched) {

	/** Figures for every pair of annotators and for all of them together. */
	public record Figures(List<PairFigures> pairs, OverallFigures overall) {
	}

	/**
	 * Two annotators' agreement.
	 *
	 * @param documents documents where both have a layer
	 * @param stance Cohen's κ of the stances of attributions both made (same claim cluster, same source)
	 * @param credibility Krippendorff's α (ordinal) of the credibility of claims both marked
	 * @param stanceConfusion how often the first gave one stance where the second gave another, every
	 *            combination of {@link AgreementReport#stanceLabels()}
	 */
	public record PairFigures(String first, String second, int documents, SpanFigures claims, SpanFigures sourceMentions,
			LabelFigures stance, LabelFigures credibility, List<ConfusionCell> stanceConfusion) {
	}

	/**
	 * All annotators together.
	 *
	 * @param documents documents with layers of two or more annotators
	 * @param claims span agreement added up over all pairs (micro-averaged)
	 * @param stance Krippendorff's α (nominal) over attribution clusters; annotators without one are missing
	 * @param credibility Krippendorff's α (ordinal) over claim clusters
	 */
	public record OverallFigures(List<String> annotators, int documents, SpanFigures claims, SpanFigures sourceMentions,
			LabelFigures stance, LabelFigures credibility) {
	}

	/**
	 * Span agreement as F1 ({@link SpanF1}).
	 *
	 * @param spans the spans of both annotators (of every pair, overall)
	 * @param exactMatches pairs of spans with the same offsets
	 * @param overlapMatches pairs of overlapping spans the alignment matched
	 */
	public record SpanFigures(int spans, int exactMatches, int overlapMatches, Double exactF1, Double overlapF1) {
	}

	/**
	 * Agreement on labels.
	 *
	 * @param measure {@value #COHENS_KAPPA}, {@value #ALPHA_NOMINAL} or {@value #ALPHA_ORDINAL}
	 * @param value the coefficient; {@code null} when undefined
	 * @param observedAgreement the proportion of agreeing pairs of labels; {@code null} without any
	 * @param n what the figure rests on: labelled pairs for κ, pairable values for α
	 */
	public record LabelFigures(String measure, Double value, Double observedAgreement, int n) {
		public static final String COHENS_KAPPA = "cohens-kappa"; //$NON-NLS-1$
		public static final String ALPHA_NOMINAL = "krippendorffs-alpha-nominal"; //$NON-NLS-1$
		public static final String ALPHA_ORDINAL = "krippendorffs-alpha-ordinal"; //$NON-NLS-1$
	}

	/** How many attributions the first annotator labelled {@code first} and the second {@code second}. */
	public record ConfusionCell(String first, String second, int count) {
	}

	/** One document's figures; its annotators are those of the compared ones with a layer of it. */
	public record DocumentFigures(String document, List<String> annotators, Figures figures) {
	}

	/**
	 * An annotation of one annotator that no other compared annotator of the document has: a claim or source
	 * mention no other span overlaps (one-to-one), or an attribution no other annotator made of the same claim
	 * cluster and source.
	 *
	 * @param kind {@value #CLAIM}, {@value #SOURCE_MENTION} or {@value #ATTRIBUTION}
	 * @param begin the span's (for an attribution, its claim's) begin, in UTF-16 units
	 * @param quote the span's (claim's) text
	 * @param source for source mentions and attributions, the registry source's id
	 */
	public record UnmatchedItem(String document, String annotator, String kind, int begin, int end, String quote,
			String source) {
		public static final String CLAIM = "claim"; //$NON-NLS-1$
		public static final String SOURCE_MENTION = "source-mention"; //$NON-NLS-1$
		public static final String ATTRIBUTION = "attribution"; //$NON-NLS-1$
	}
}
