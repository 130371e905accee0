package org.attest.core.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;

import org.attest.core.agreement.AgreementReport.ConfusionCell;
import org.attest.core.agreement.AgreementReport.DocumentFigures;
import org.attest.core.agreement.AgreementReport.Figures;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.OverallFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;
import org.attest.core.agreement.AgreementReport.UnmatchedItem;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Measures how far a corpus's annotators agree (docs/agreement.md): span agreement on claims and source mentions
 * (exact and overlap F1), stance agreement on attributions both made (Cohen's κ per pair, Krippendorff's α
 * nominal overall) and credibility agreement on claims both marked (Krippendorff's α ordinal over the schema's
 * credibility scale), per document and over the corpus, for every pair of annotators and for all together, and
 * lists every item no other annotator matched.
 * <p>
 * A pair's figures come from aligning the two layers alone ({@link LayerAlignment}), so they do not change
 * with the other annotators compared; the overall stance and credibility α and the unmatched items come from
 * aligning all layers of a document. Documents stream: one document's layers are in memory at a time, and the
 * corpus figures add up counts, not units.
 */
public final class AgreementOperation {

	private final CorpusStore store;
	private final AgreementOptions options;
	private final List<String> stanceLabels;
	private final List<String> credibilityScale;

	public AgreementOperation(CorpusStore store, AgreementOptions options) {
		this.store = store;
		this.options = options;
		LabelSchema schema = store.corpus().getSchema();
		stanceLabels = LabelSets.find(schema, DefaultLabelSchema.STANCE)
				.map(set -> set.getLabels().stream().map(Label::getId).toList()).orElse(List.of());
		credibilityScale = LabelSets.find(schema, DefaultLabelSchema.CREDIBILITY)
				.map(set -> LabelSets.scale(set).stream().map(Label::getId).toList()).orElse(List.of());
	}

	/**
	 * The annotators that will be compared: those named in the options, else every annotator with a layer
	 * folder, by name; without {@code gold} when the options exclude it.
	 */
	public List<String> annotators() throws IOException {
		List<String> annotators;
		if (!options.annotators().isEmpty()) {
			annotators = options.annotators();
		} else {
			Path layers = store.folder().resolve(CorpusStore.LAYERS_FOLDER);
			if (!Files.isDirectory(layers)) {
				return List.of();
			}
			try (Stream<Path> folders = Files.list(layers)) {
				annotators = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
						.toList();
			}
		}
		return annotators.stream().filter(a -> !(options.excludeGold() && CorpusStore.GOLD.equals(a))).distinct()
				.toList();
	}

	/** Measures the corpus, one document at a time; throws {@link OperationCanceledException} when cancelled. */
	public AgreementReport execute(IProgressMonitor monitor) throws IOException {
		List<String> annotators = annotators();
		List<String> ids = store.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		Tally corpus = new Tally(annotators);
		List<DocumentFigures> perDocument = new ArrayList<>();
		List<UnmatchedItem> unmatched = new ArrayList<>();
		int compared = 0;
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(id);
			try {
				Map<String, AnnotationLayer> layers = layers(id, annotators);
				if (layers.size() >= 2) {
					compared++;
					Tally document = new Tally(List.copyOf(layers.keySet()));
					document.add(layers, id, unmatched);
					perDocument.add(new DocumentFigures(id, List.copyOf(layers.keySet()), document.figures()));
					corpus.addAll(document);
				}
			} finally {
				store.unloadDocument(id);
			}
			progress.worked(1);
		}
		return new AgreementReport(annotators, ids.size(), compared, allStanceLabels(corpus), corpus.figures(),
				perDocument, unmatched);
	}

	/** The compared annotators' layers of the document, in the annotators' order. */
	private Map<String, AnnotationLayer> layers(String documentId, List<String> annotators) throws IOException {
		List<String> present = store.annotatorsOf(documentId);
		Map<String, AnnotationLayer> layers = new LinkedHashMap<>();
		for (String annotator : annotators) {
			if (present.contains(annotator)) {
				layers.put(annotator, store.layer(documentId, annotator).orElseThrow());
			}
		}
		return layers;
	}

	/** The schema's stance labels, then any others the annotators used, in the order first seen. */
	private List<String> allStanceLabels(Tally corpus) {
		List<String> labels = new ArrayList<>(stanceLabels);
		corpus.pairs.values().forEach(pair -> pair.stance.labels().stream().filter(l -> !labels.contains(l))
				.forEach(labels::add));
		return labels;
	}

	/** Counts of a set of annotators: per pair and overall; they add up over documents. */
	private final class Tally {
		final List<String> annotators;
		final Map<List<String>, PairTally> pairs = new LinkedHashMap<>();
		final KrippendorffsAlpha overallStance = KrippendorffsAlpha.nominal();
		final KrippendorffsAlpha overallCredibility = KrippendorffsAlpha.ordinal(credibilityScale);
		int documents;

		Tally(List<String> annotators) {
			this.annotators = annotators;
			for (int i = 0; i < annotators.size(); i++) {
				for (int j = i + 1; j < annotators.size(); j++) {
					pairs.put(List.of(annotators.get(i), annotators.get(j)), new PairTally());
				}
			}
		}

		/** Counts one document's layers (of these annotators, two or more) and lists its unmatched items. */
		void add(Map<String, AnnotationLayer> layers, String documentId, List<UnmatchedItem> unmatched) {
			documents++;
			LayerAlignment all = LayerAlignment.of(layers);
			// with two annotators the pair's alignment is the document's
			pairs.forEach((pair, tally) -> tally.add(layers.size() == 2 ? all
					: LayerAlignment.of(List.of(layers.get(pair.get(0)), layers.get(pair.get(1)))), pair.get(0), pair.get(1)));
			for (Cluster<ClaimMention> cluster : all.claims()) {
				overallCredibility.addUnit(values(cluster, ClaimMention::getCredibility));
			}
			for (Cluster<Attribution> cluster : all.attributions()) {
				overallStance.addUnit(values(cluster, Attribution::getStance));
			}
			listUnmatched(all, documentId, unmatched);
		}

		void addAll(Tally document) {
			documents++;
			document.pairs.forEach((pair, tally) -> pairs.get(pair).addAll(tally));
			overallStance.addAll(document.overallStance);
			overallCredibility.addAll(document.overallCredibility);
		}

		Figures figures() {
			List<PairFigures> pairFigures = new ArrayList<>();
			SpanF1 claims = new SpanF1();
			SpanF1 mentions = new SpanF1();
			pairs.forEach((pair, tally) -> {
				pairFigures.add(tally.figures(pair.get(0), pair.get(1)));
				claims.addAll(tally.claims);
				mentions.addAll(tally.mentions);
			});
			return new Figures(pairFigures, new OverallFigures(annotators, documents, span(claims), span(mentions),
					label(LabelFigures.ALPHA_NOMINAL, overallStance), label(LabelFigures.ALPHA_ORDINAL, overallCredibility)));
		}
	}

	/** Counts of one pair of annotators. */
	private final class PairTally {
		final SpanF1 claims = new SpanF1();
		final SpanF1 mentions = new SpanF1();
		final CohensKappa stance = new CohensKappa();
		final KrippendorffsAlpha credibility = KrippendorffsAlpha.ordinal(credibilityScale);
		int documents;

		void add(LayerAlignment alignment, String first, String second) {
			documents++;
			claims.addAll(SpanF1.of(alignment.claims(), first, second));
			mentions.addAll(SpanF1.of(alignment.sourceMentions(), first, second));
			for (Cluster<Attribution> cluster : alignment.attributions()) {
				if (cluster.size() == 2 && cluster.of(first).getStance() != null && cluster.of(second).getStance() != null) {
					stance.add(cluster.of(first).getStance(), cluster.of(second).getStance());
				}
			}
			for (Cluster<ClaimMention> cluster : alignment.claims()) {
				credibility.addUnit(values(cluster, ClaimMention::getCredibility));
			}
		}

		void addAll(PairTally other) {
			documents += other.documents;
			claims.addAll(other.claims);
			mentions.addAll(other.mentions);
			stance.addAll(other.stance);
			credibility.addAll(other.credibility);
		}

		PairFigures figures(String first, String second) {
			List<String> labels = new ArrayList<>(stanceLabels);
			stance.labels().stream().filter(label -> !labels.contains(label)).forEach(labels::add);
			List<ConfusionCell> confusion = new ArrayList<>();
			for (String a : labels) {
				for (String b : labels) {
					confusion.add(new ConfusionCell(a, b, stance.count(a, b)));
				}
			}
			return new PairFigures(first, second, documents, span(claims), span(mentions),
					new LabelFigures(LabelFigures.COHENS_KAPPA, boxed(stance.value()), boxed(stance.observedAgreement()),
							stance.pairs()),
					label(LabelFigures.ALPHA_ORDINAL, credibility), confusion);
		}
	}

	private static <T> List<String> values(Cluster<T> cluster, Function<T, String> label) {
		return cluster.byAnnotator().values().stream().map(label).toList();
	}

	private static SpanFigures span(SpanF1 f1) {
		return new SpanFigures(f1.spans(), f1.exactMatches(), f1.overlapMatches(), boxed(f1.exact()), boxed(f1.overlap()));
	}

	private static LabelFigures label(String measure, KrippendorffsAlpha alpha) {
		return new LabelFigures(measure, boxed(alpha.value()), boxed(alpha.observedAgreement()), alpha.pairableValues());
	}

	private static Double boxed(OptionalDouble value) {
		return value.isPresent() ? Double.valueOf(value.getAsDouble()) : null;
	}

	private static void listUnmatched(LayerAlignment alignment, String documentId, List<UnmatchedItem> unmatched) {
		for (Cluster<ClaimMention> cluster : alignment.claims()) {
			if (cluster.size() == 1) {
				String annotator = cluster.annotators().iterator().next();
				unmatched.add(item(documentId, annotator, UnmatchedItem.CLAIM, cluster.of(annotator), null));
			}
		}
		for (Cluster<SourceMention> cluster : alignment.sourceMentions()) {
			if (cluster.size() == 1) {
				String annotator = cluster.annotators().iterator().next();
				SourceMention mention = cluster.of(annotator);
				unmatched.add(item(documentId, annotator, UnmatchedItem.SOURCE_MENTION, mention, mention.getSource()));
			}
		}
		for (Cluster<Attribution> cluster : alignment.attributions()) {
			if (cluster.size() == 1) {
				String annotator = cluster.annotators().iterator().next();
				Attribution attribution = cluster.of(annotator);
				unmatched.add(item(documentId, annotator, UnmatchedItem.ATTRIBUTION, attribution.getClaim(),
						attribution.getSource()));
			}
		}
	}

	private static UnmatchedItem item(String documentId, String annotator, String kind, Span span, Source source) {
		return new UnmatchedItem(documentId, annotator, kind, span == null ? -1 : span.getBegin(),
				span == null ? -1 : span.getEnd(), span == null ? null : span.getQuote(),
				source == null ? null : source.getId());
	}
}
