package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attest.core.agreement.AgreementOperation;
import org.attest.core.agreement.AgreementOptions;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.agreement.AgreementReport.DocumentFigures;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;
import org.attest.core.store.CorpusStore;
import org.attest.ui.internal.AnnotationPerspective;
import org.attest.ui.internal.agreement.AgreementView;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AgreementViewTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Agreement view on a copy of the sample corpus (annotators ana and gold): it shows what the core's
 * {@link AgreementOperation} measures for the active editor's corpus, as a table and as two charts.
 */
class AgreementViewTest {

	private static final List<String> HEADERS = List.of("Annotators", "Documents", "Claims F1 exact", "Claims F1 overlap",
			"Sources F1 exact", "Sources F1 overlap", "Stance", "n", "Credibility \u03b1 (ordinal)", "n");
	private static final List<String> STANCES = List.of("support", "deny", "query", "comment");
	private static final List<String> DOCUMENTS = List.of("harbor-fish-stocks", "ministry-denies-report",
			"riverton-dam-delay");

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AgreementReport expected;

	@BeforeEach
	void openADocumentOfTheSamples(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("gold");
		workbench.openEditor(corpus.document("harbor-fish-stocks"), AnnotationEditor.ID);
		expected = new AgreementOperation(CorpusStore.open(corpus.folder()), AgreementOptions.all())
				.execute(new NullProgressMonitor());
	}

	@AfterEach
	void closeTheCorpus() throws CoreException {
		corpus.close(workbench);
	}

	@Test
	void theTableShowsTheCoreFiguresPerPairAndOverall() {
		AgreementViewTester view = AgreementViewTester.show(workbench);

		assertEquals(expected, view.awaitReport(corpus.folder()));
		assertEquals(HEADERS, view.table().headers());
		PairFigures pair = expected.corpus().pairs().get(0);
		var overall = expected.corpus().overall();
		assertEquals(List.of(
				row("ana \u2013 gold", pair.documents(), pair.claims(), pair.sourceMentions(), "\u03ba ", pair.stance(),
						pair.credibility()),
				row("All annotators", overall.documents(), overall.claims(), overall.sourceMentions(), "\u03b1 ",
						overall.stance(), overall.credibility())),
				view.table().rows());
		assertEquals("corpus: annotators ana, gold; 3 of 3 documents compared (saved layers); "
				+ expected.unmatched().size() + " unmatched items", view.summary());
	}

	@Test
	void theStanceChartHasABarPerLabelOfTheFirstAnnotatorStackedByTheSeconds() {
		AgreementViewTester view = AgreementViewTester.show(workbench);
		view.awaitReport(corpus.folder());

		view.choosePair("gold", "ana");

		assertEquals("Stances: gold (bars) against ana (stacked)", view.confusionTitle());
		assertEquals(STANCES, view.confusionCategories());
		Map<String, List<Double>> series = view.confusionSeries();
		assertEquals(STANCES, List.copyOf(series.keySet()));
		// the report's pair is ana–gold: gold's label is its second, ana's its first
		PairFigures anaGold = expected.corpus().pairs().get(0);
		for (String anaLabel : STANCES) {
			List<Double> counts = new ArrayList<>();
			for (String goldLabel : STANCES) {
				counts.add((double) anaGold.stanceConfusion().stream()
						.filter(cell -> cell.first().equals(anaLabel) && cell.second().equals(goldLabel))
						.mapToInt(cell -> cell.count()).sum());
			}
			assertEquals(counts, series.get(anaLabel), anaLabel);
		}
		double total = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
		assertEquals(anaGold.stance().n(), total, 1e-9, "every attribution pair is in one bar");
	}

	@Test
	void thePerDocumentChartHasEachDocumentsAgreement() {
		AgreementViewTester view = AgreementViewTester.show(workbench);
		view.awaitReport(corpus.folder());

		assertEquals(DOCUMENTS, view.documentCategories());
		Map<String, List<Double>> series = view.documentSeries();
		assertEquals(List.of(AgreementView.CLAIMS_SERIES, AgreementView.SOURCES_SERIES, AgreementView.STANCE_SERIES),
				List.copyOf(series.keySet()));
		List<DocumentFigures> documents = expected.perDocument();
		assertEquals(documents.stream().map(d -> d.figures().overall().claims().overlapF1()).toList(),
				series.get(AgreementView.CLAIMS_SERIES));
		assertEquals(documents.stream().map(d -> d.figures().overall().sourceMentions().overlapF1()).toList(),
				series.get(AgreementView.SOURCES_SERIES));
		assertEquals(documents.stream().map(d -> d.figures().overall().stance().observedAgreement()).toList(),
				series.get(AgreementView.STANCE_SERIES));
	}

	@Test
	void theAnnotationPerspectiveOffersTheView() {
		workbench.openPerspective(AnnotationPerspective.ID);

		assertTrue(Ui.sync(() -> Arrays.asList(workbench.page().getShowViewShortcuts()).contains(AgreementView.ID)));
	}

	private static List<String> row(String annotators, int documents, SpanFigures claims, SpanFigures sources,
			String stanceSymbol, LabelFigures stance, LabelFigures credibility) {
		return List.of(annotators, Integer.toString(documents), number(claims.exactF1()), number(claims.overlapF1()),
				number(sources.exactF1()), number(sources.overlapF1()), stanceSymbol + number(stance.value()),
				Integer.toString(stance.n()), number(credibility.value()), Integer.toString(credibility.n()));
	}

	private static String number(Double value) {
		return value == null ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
	}
}
