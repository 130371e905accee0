package org.attest.ui.internal.views;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;

/**
 * The claims of the active annotation editor's layer as a table: each claim's quote, the sources it is
 * attributed to with their stances, its credibility and what it still lacks. Rows are in text order until a
 * column header is clicked (the Claim column sorts by text order again), and the filter above the table keeps
 * the claims whose quote or sources' names contain its text. Selecting a claim selects and reveals its span
 * in the editor; the view's selection is the claim, for the Properties view and other listeners.
 */
public class ClaimsView extends AnnotationSessionView {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.attest.ui.views.claims"; //$NON-NLS-1$

	private final Collator collator = Collator.getInstance();
	private TableViewer viewer;
	private ClaimCells cells;
	/** Set while the table follows the editor's caret, so that the row's selection does not move the caret. */
	private boolean followingCaret;
	private final ISelectionListener caretListener = (part, selection) -> {
		if (part == editor() && selection instanceof ITextSelection text && session() != null) {
			selectClaimAt(text.getOffset());
		}
	};

	@Override
	protected Control createContent(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(composite);
		Text filterText = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.ClaimsView_filterMessage);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);

		viewer = new TableViewer(composite, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider((IStructuredContentProvider) layer -> ((AnnotationLayer) layer).getClaims().toArray());

		Comparator<ClaimMention> textOrder = Comparator.comparingInt(ClaimMention::getBegin)
				.thenComparingInt(ClaimMention::getEnd);
		ColumnSorter<ClaimMention> sorter = new ColumnSorter<>(viewer);
		TableViewerColumn claimColumn = column(Messages.ClaimsView_claimColumn, 320, claim -> cells.quote(claim));
		sorter.add(claimColumn, textOrder);
		sorter.add(column(Messages.ClaimsView_sourcesColumn, 220, claim -> cells.sources(claim)),
				byText(claim -> cells.sources(claim), textOrder));
		sorter.add(column(Messages.ClaimsView_stanceColumn, 140, claim -> cells.stances(claim)),
				byText(claim -> cells.stances(claim), textOrder));
		sorter.add(column(Messages.ClaimsView_credibilityColumn, 110, claim -> cells.credibility(claim)),
				byNumber(claim -> cells.credibilityPosition(claim), textOrder));
		sorter.add(column(Messages.ClaimsView_problemsColumn, 140, claim -> cells.problems(claim)),
				byText(claim -> cells.problems(claim), textOrder));
		sorter.sortBy(claimColumn, SWT.UP);

		ClaimFilter filter = new ClaimFilter(() -> cells);
		viewer.addFilter(filter);
		filterText.addModifyListener(event -> {
			filter.setText(filterText.getText());
			viewer.refresh();
		});
		viewer.addSelectionChangedListener(event -> {
			if (!followingCaret && event.getStructuredSelection().getFirstElement() instanceof ClaimMention claim) {
				reveal(claim);
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(caretListener);
		return composite;
	}

	/** Selects the row of the claim under the caret, so that the text and the table show the same claim. */
	private void selectClaimAt(int offset) {
		session().claimAt(offset).filter(claim -> viewer.getStructuredSelection().getFirstElement() != claim)
				.ifPresent(claim -> {
					followingCaret = true;
					try {
						viewer.setSelection(new StructuredSelection(claim), true);
					} finally {
						followingCaret = false;
					}
				});
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caretListener);
		super.dispose();
	}

	private TableViewerColumn column(String title, int width, Function<ClaimMention, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(claim -> text.apply((ClaimMention) claim)));
		return column;
	}

	private Comparator<ClaimMention> byText(Function<ClaimMention, String> text, Comparator<ClaimMention> then) {
		return Comparator.comparing(text, collator).thenComparing(then);
	}

	private static Comparator<ClaimMention> byNumber(ToIntFunction<ClaimMention> number, Comparator<ClaimMention> then) {
		return Comparator.comparingInt(number).thenComparing(then);
	}

	/** Selects the claim's span in the editor, if the span lies in the text. */
	private void reveal(ClaimMention claim) {
		String text = session().document().getText();
		if (0 <= claim.getBegin() && claim.getBegin() <= claim.getEnd() && claim.getEnd() <= text.length()) {
			editor().selectAndReveal(claim.getBegin(), claim.getEnd() - claim.getBegin());
		}
	}

	@Override
	protected String noSessionMessage() {
		return Messages.ClaimsView_noEditor;
	}

	@Override
	protected void show(AnnotationSession shown) {
		cells = shown == null ? null : new ClaimCells(shown.layer(), shown.schema());
		viewer.setInput(shown == null ? null : shown.layer());
	}

	@Override
	protected void refresh() {
		viewer.refresh();
	}

	/** The table of claims; its rows are the claims shown. */
	public TableViewer viewer() {
		return viewer;
	}
}
