package org.attest.ui.internal.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.attest.core.agreement.AgreementReport;
import org.attest.core.agreement.AgreementReport.ConfusionCell;
import org.attest.core.agreement.AgreementReport.DocumentFigures;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.LabelSchema;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

/**
 * How far the annotators of the active annotation editor's corpus agree (docs/agreement.md): the figures per
 * pair and for all annotators, a chart of the stances two chosen annotators gave the same attributions, and a
 * chart of each document's agreement. Measured in the background from the saved layers when the view first
 * follows a corpus and on Refresh; the core's {@link AgreementReport} is shown as it is.
 */
public class AgreementView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.attest.ui.views.agreement"; //$NON-NLS-1$

	/** Ids of the per-document chart's series. */
	public static final String CLAIMS_SERIES = "claims"; //$NON-NLS-1$
	public static final String SOURCES_SERIES = "sourceMentions"; //$NON-NLS-1$
	public static final String STANCE_SERIES = "stance"; //$NON-NLS-1$

	/** One row of the figures table. */
	public record FigureRow(String annotators, int documents, SpanFigures claims, SpanFigures sourceMentions,
			LabelFigures stance, LabelFigures credibility) {
	}

	private PageBook book;
	private Label noEditor;
	private Composite content;
	private Label summary;
	private TableViewer table;
	private Combo first;
	private Combo second;
	private Chart confusionChart;
	private Chart documentChart;
	private IPartListener2 editorListener;
	private Path folder;
	private LabelSchema schema;
	private AgreementJob job;
	private AgreementReport report;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		noEditor = new Label(book, SWT.WRAP);
		noEditor.setText(Messages.AgreementView_noEditor);
		content = new Composite(book, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		summary = new Label(content, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(content, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTable(sash);
		SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
		createConfusionChart(charts);
		documentChart = chart(charts, Messages.AgreementView_documentsTitle, Messages.AgreementView_agreementAxis);
		sash.setWeights(1, 2);
		book.showPage(noEditor);

		editorListener = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				if (reference instanceof IEditorReference && reference.getPart(false) instanceof AnnotationEditor editor) {
					follow(editor);
				}
			}
		};
		getSite().getPage().addPartListener(editorListener);
		if (getSite().getPage().getActiveEditor() instanceof AnnotationEditor editor) {
			follow(editor);
		}
	}

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.AgreementView_annotatorsColumn, 180, SWT.LEFT, FigureRow::annotators);
		column(Messages.AgreementView_documentsColumn, 80, SWT.RIGHT, row -> Integer.toString(row.documents()));
		column(Messages.AgreementView_claimsExactColumn, 110, SWT.RIGHT, row -> number(row.claims().exactF1()));
		column(Messages.AgreementView_claimsOverlapColumn, 120, SWT.RIGHT, row -> number(row.claims().overlapF1()));
		column(Messages.AgreementView_sourcesExactColumn, 110, SWT.RIGHT, row -> number(row.sourceMentions().exactF1()));
		column(Messages.AgreementView_sourcesOverlapColumn, 120, SWT.RIGHT, row -> number(row.sourceMentions().overlapF1()));
		column(Messages.AgreementView_stanceColumn, 90, SWT.RIGHT, row -> stance(row.stance()));
		column(Messages.AgreementView_countColumn, 50, SWT.RIGHT, row -> Integer.toString(row.stance().n()));
		column(Messages.AgreementView_credibilityColumn, 150, SWT.RIGHT, row -> number(row.credibility().value()));
		column(Messages.AgreementView_countColumn, 50, SWT.RIGHT, row -> Integer.toString(row.credibility().n()));
	}

	private void column(String title, int width, int alignment, Function<FigureRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> text.apply((FigureRow) row)));
	}

	private void createConfusionChart(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		pane.setLayout(new GridLayout(3, false));
		first = new Combo(pane, SWT.READ_ONLY);
		new Label(pane, SWT.NONE).setText(Messages.AgreementView_versus);
		second = new Combo(pane, SWT.READ_ONLY);
		first.addListener(SWT.Selection, event -> showConfusion());
		second.addListener(SWT.Selection, event -> showConfusion());
		confusionChart = chart(pane, "", Messages.AgreementView_attributions); //$NON-NLS-1$
		confusionChart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
	}

	private static Chart chart(Composite parent, String title, String yTitle) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText(""); //$NON-NLS-1$
		x.enableCategory(true);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		return chart;
	}

	/** Measures the editor's corpus, unless that is the corpus shown (Refresh measures it again). */
	private void follow(AnnotationEditor editor) {
		AnnotationSession session = editor.getAdapter(AnnotationSession.class);
		if (session != null && !session.store().folder().equals(folder)) {
			schema = session.schema();
			measure(session.store().folder());
		}
	}

	/** Measures the corpus shown again, from its layers as saved now. */
	public void refresh() {
		if (folder != null) {
			measure(folder);
		}
	}

	private void measure(Path corpus) {
		folder = corpus;
		report = null;
		if (job != null) {
			job.cancel();
		}
		book.showPage(content);
		summary.setText(NLS.bind(Messages.AgreementView_measuring, corpus.getFileName()));
		Display display = book.getDisplay();
		AgreementJob measuring = new AgreementJob(corpus, measured -> display.asyncExec(() -> {
			if (!book.isDisposed() && corpus.equals(folder)) {
				show(measured);
			}
		}));
		measuring.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.ERROR) {
					display.asyncExec(() -> {
						if (!summary.isDisposed() && corpus.equals(folder)) {
							summary.setText(event.getResult().getMessage());
						}
					});
				}
			}
		});
		job = measuring;
		measuring.schedule();
	}

	private void show(AgreementReport shown) {
		report = shown;
		summary.setText(NLS.bind(Messages.AgreementView_summary, new Object[] { folder.getFileName(),
				String.join(", ", shown.annotators()), shown.documentsCompared(), shown.documents(), //$NON-NLS-1$
				shown.unmatched().size() }));
		table.setInput(rows(shown));
		for (Combo combo : List.of(first, second)) {
			combo.setItems(shown.annotators().toArray(String[]::new));
		}
		if (shown.annotators().size() >= 2) {
			first.select(0);
			second.select(1);
		}
		showConfusion();
		showDocuments();
		content.layout(true, true);
	}

	private static List<FigureRow> rows(AgreementReport shown) {
		List<FigureRow> rows = new ArrayList<>();
		for (PairFigures pair : shown.corpus().pairs()) {
			rows.add(new FigureRow(NLS.bind(Messages.AgreementView_pair, pair.first(), pair.second()), pair.documents(),
					pair.claims(), pair.sourceMentions(), pair.stance(), pair.credibility()));
		}
		var overall = shown.corpus().overall();
		rows.add(new FigureRow(Messages.AgreementView_overall, overall.documents(), overall.claims(),
				overall.sourceMentions(), overall.stance(), overall.credibility()));
		return rows;
	}

	/** Bars: the first annotator's stances; stacked in each, the second's stances of the same attributions. */
	private void showConfusion() {
		clear(confusionChart);
		if (report == null || first.getSelectionIndex() < 0 || second.getSelectionIndex() < 0
				|| first.getSelectionIndex() == second.getSelectionIndex()) {
			confusionChart.redraw();
			return;
		}
		String a = first.getText();
		String b = second.getText();
		List<String> labels = report.stanceLabels();
		confusionChart.getTitle().setText(NLS.bind(Messages.AgreementView_confusionTitle, a, b));
		confusionChart.getAxisSet().getXAxis(0).setCategorySeries(labels.toArray(String[]::new));
		for (String secondLabel : labels) {
			double[] counts = new double[labels.size()];
			for (int i = 0; i < labels.size(); i++) {
				counts[i] = count(a, labels.get(i), b, secondLabel);
			}
			IBarSeries<?> series = (IBarSeries<?>) confusionChart.getSeriesSet().createSeries(SeriesType.BAR, secondLabel);
			series.setDescription(NLS.bind(Messages.AgreementView_confusionSeries, b, secondLabel));
			series.setYSeries(counts);
			series.enableStack(true);
			series.setBarColor(color(secondLabel));
		}
		confusionChart.getAxisSet().adjustRange();
		confusionChart.redraw();
	}

	/** How many attributions {@code a} labelled {@code aLabel} and {@code b} labelled {@code bLabel}. */
	private int count(String a, String aLabel, String b, String bLabel) {
		for (PairFigures pair : report.corpus().pairs()) {
			boolean forward = pair.first().equals(a) && pair.second().equals(b);
			boolean backward = pair.first().equals(b) && pair.second().equals(a);
			if (forward || backward) {
				String firstLabel = forward ? aLabel : bLabel;
				String secondLabel = forward ? bLabel : aLabel;
				return pair.stanceConfusion().stream()
						.filter(cell -> cell.first().equals(firstLabel) && cell.second().equals(secondLabel))
						.mapToInt(ConfusionCell::count).sum();
			}
		}
		return 0;
	}

	/** Bars per document: claim and source-mention F1 (overlap) and observed stance agreement, all annotators. */
	private void showDocuments() {
		clear(documentChart);
		List<DocumentFigures> documents = report.perDocument();
		documentChart.getAxisSet().getXAxis(0)
				.setCategorySeries(documents.stream().map(DocumentFigures::document).toArray(String[]::new));
		bars(documentChart, CLAIMS_SERIES, Messages.AgreementView_claimsSeries, new RGB(21, 101, 192),
				documents.stream().map(d -> d.figures().overall().claims().overlapF1()).toList());
		bars(documentChart, SOURCES_SERIES, Messages.AgreementView_sourcesSeries, new RGB(46, 125, 50),
				documents.stream().map(d -> d.figures().overall().sourceMentions().overlapF1()).toList());
		bars(documentChart, STANCE_SERIES, Messages.AgreementView_stanceSeries, new RGB(176, 78, 0),
				documents.stream().map(d -> d.figures().overall().stance().observedAgreement()).toList());
		documentChart.getAxisSet().adjustRange();
		documentChart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
		documentChart.redraw();
	}

	/** A bar series; an undefined figure is drawn as no bar. */
	private static void bars(Chart chart, String id, String description, RGB rgb, List<Double> values) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
		series.setDescription(description);
		series.setYSeries(values.stream().mapToDouble(value -> value == null ? 0 : value).toArray());
		series.setBarColor(new Color(rgb));
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	/** The stance label's colour in the schema, grey for a label it lacks. */
	private Color color(String label) {
		String hex = LabelSets.find(schema, DefaultLabelSchema.STANCE, label).map(stanceLabel -> stanceLabel.getColor()).orElse(null);
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return new Color(97, 97, 97);
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	private static String stance(LabelFigures figures) {
		String value = number(figures.value());
		return LabelFigures.COHENS_KAPPA.equals(figures.measure()) ? NLS.bind(Messages.AgreementView_kappa, value)
				: NLS.bind(Messages.AgreementView_alpha, value);
	}

	private static String number(Double value) {
		return value == null ? Messages.AgreementView_undefined : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}

	/** The report shown; {@code null} while measuring or when there is none. */
	public AgreementReport report() {
		return report;
	}

	/** The corpus folder followed; {@code null} when none is. */
	public Path folder() {
		return folder;
	}

	public TableViewer figuresTable() {
		return table;
	}

	public Chart confusionChart() {
		return confusionChart;
	}

	public Chart documentChart() {
		return documentChart;
	}

	/** The summary line above the table. */
	public String summary() {
		return summary.getText();
	}

	/** Chooses the two annotators of the stance chart, as a person does in its two lists. */
	public void choosePair(String firstAnnotator, String secondAnnotator) {
		first.select(first.indexOf(firstAnnotator));
		second.select(second.indexOf(secondAnnotator));
		second.notifyListeners(SWT.Selection, null);
	}

	@Override
	public void setFocus() {
		(folder != null ? table.getControl() : noEditor).setFocus();
	}

	@Override
	public void dispose() {
		if (editorListener != null) {
			getSite().getPage().removePartListener(editorListener);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
