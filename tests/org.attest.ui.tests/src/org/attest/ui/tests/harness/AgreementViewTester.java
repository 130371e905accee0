package org.attest.ui.tests.harness;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.attest.core.agreement.AgreementReport;
import org.attest.ui.internal.agreement.AgreementView;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;

/**
 * Page object for the Agreement view: the report it shows once measured, its figures table as the cells'
 * texts, and its two charts as their categories and series (id → values).
 */
public final class AgreementViewTester {

	private final AgreementView view;
	private final TableTester table;

	private AgreementViewTester(AgreementView view) {
		this.view = view;
		table = new TableTester(() -> view.figuresTable().getTable());
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static AgreementViewTester show(WorkbenchTester workbench) {
		return new AgreementViewTester(workbench.showView(AgreementView.ID, AgreementView.class));
	}

	/** Waits until the view shows the agreement of the corpus in {@code folder}, and returns it. */
	public AgreementReport awaitReport(Path folder) {
		Ui.waitUntil("the agreement of " + folder + " measured and shown",
				() -> view.report() != null && folder.equals(view.folder()));
		return Ui.sync(view::report);
	}

	public TableTester table() {
		return table;
	}

	public String summary() {
		return Ui.sync(view::summary);
	}

	/** Chooses the two annotators of the stance chart. */
	public void choosePair(String first, String second) {
		Ui.run(() -> view.choosePair(first, second));
	}

	public List<String> confusionCategories() {
		return categories(AgreementView::confusionChart);
	}

	/** The stance chart's series: the second annotator's label → counts per label of the first. */
	public Map<String, List<Double>> confusionSeries() {
		return series(AgreementView::confusionChart);
	}

	public String confusionTitle() {
		return Ui.sync(() -> view.confusionChart().getTitle().getText());
	}

	public List<String> documentCategories() {
		return categories(AgreementView::documentChart);
	}

	/** The per-document chart's series: id → value per document. */
	public Map<String, List<Double>> documentSeries() {
		return series(AgreementView::documentChart);
	}

	private List<String> categories(Function<AgreementView, Chart> chart) {
		return Ui.sync(() -> List.of(chart.apply(view).getAxisSet().getXAxis(0).getCategorySeries()));
	}

	private Map<String, List<Double>> series(Function<AgreementView, Chart> chart) {
		return Ui.sync(() -> Arrays.stream(chart.apply(view).getSeriesSet().getSeries())
				.collect(Collectors.toMap(ISeries::getId,
						series -> Arrays.stream(series.getYSeries()).boxed().toList(), (a, b) -> a,
						LinkedHashMap::new)));
	}
}
