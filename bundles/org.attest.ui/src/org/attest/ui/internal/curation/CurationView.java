package org.attest.ui.internal.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.attest.core.curation.Curation;
import org.attest.core.curation.CurationCommands;
import org.attest.core.curation.CurationItem;
import org.attest.core.curation.CurationStatus;
import org.attest.core.curation.Rejections;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.ui.internal.editor.AnnotationSession;
import org.attest.ui.internal.editor.CommandStackHandler;
import org.attest.ui.internal.views.AnnotationSessionView;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Curating the gold layer of the active annotation editor's document: one row per item to decide (see
 * {@link Curation}) in text order, a column per annotator with what that annotator has there, gold's column,
 * and where the item stands; conflicts are highlighted and can be shown alone. Selecting a row selects its
 * text in the editor. Accept (one annotator's annotation, or all agreed ones) and Reject run through the
 * editor's editing domain on the gold layer, which they create in the editor's store when the document has
 * none yet; so Undo and Redo (here or in the editor) take them back, and saving the editor writes
 * {@code layers/gold/<id>.attest} and the rejections beside it.
 */
public class CurationView extends AnnotationSessionView {

	/** The view's id, as declared in plugin.xml; also the id of its context menu. */
	public static final String ID = "org.attest.ui.views.curation"; //$NON-NLS-1$
	/** The context of the view's key bindings, active while the view is. */
	public static final String CONTEXT = "org.attest.ui.curationViewScope"; //$NON-NLS-1$

	private static final Color CONFLICT_BACKGROUND = new Color(255, 224, 224);

	private Composite content;
	private Button conflictsOnly;
	private Label summary;
	private TableViewer viewer;
	private final List<TableViewerColumn> columns = new ArrayList<>();
	private CurationCells cells;
	/** The annotators whose layers of the shown document are stored, read when the document is shown. */
	private List<String> storedAnnotators = List.of();
	private Rejections rejections;
	private Curation curation;
	/** Why the shown document cannot be curated, when it cannot. */
	private String problem;
	/** The session whose command stack this view follows. */
	private AnnotationSession followed;
	private final List<IHandlerActivation> undoRedo = new ArrayList<>();
	/** Set while a refresh selects a row again, so that the editor's selection stays where the user put it. */
	private boolean reselecting;
	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private final CommandStackListener commandListener = event -> {
		if (refreshPending.compareAndSet(false, true)) {
			content.getDisplay().asyncExec(() -> {
				refreshPending.set(false);
				if (!content.isDisposed() && followed != null) {
					refresh();
				}
			});
		}
	};

	@Override
	protected Control createContent(Composite parent) {
		content = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(content);
		conflictsOnly = new Button(content, SWT.CHECK);
		conflictsOnly.setText(Messages.CurationView_conflictsOnly);
		summary = new Label(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

		viewer = new TableViewer(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider((IStructuredContentProvider) input -> ((Curation) input).items().toArray());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer filtered, Object parentElement, Object element) {
				return !conflictsOnly.getSelection() || ((CurationItem) element).isConflict();
			}
		});
		conflictsOnly.addListener(SWT.Selection, event -> viewer.refresh());
		viewer.addSelectionChangedListener(event -> {
			if (!reselecting && event.getStructuredSelection().getFirstElement() instanceof CurationItem item) {
				reveal(item);
			}
		});

		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		return content;
	}

	@Override
	protected String noSessionMessage() {
		return Messages.CurationView_noEditor;
	}

	@Override
	protected void show(AnnotationSession shown) {
		unfollowCommands();
		curation = null;
		rejections = null;
		problem = null;
		storedAnnotators = List.of();
		cells = shown == null ? null : new CurationCells(shown.schema());
		if (shown != null) {
			try {
				String documentId = shown.document().getId();
				storedAnnotators = shown.store().annotatorsOf(documentId).stream()
						.filter(annotator -> !CorpusStore.GOLD.equals(annotator)).toList();
				rejections = Rejections.in(shown.store(), documentId);
			} catch (IOException e) {
				problem = e.getMessage();
			}
			followCommands(shown);
		}
		refresh();
	}

	@Override
	protected void refresh() {
		EObject shownFirst = keyOf(selectedItem().orElse(null));
		int selectedRow = viewer.getTable().getSelectionIndex();
		curation = null;
		if (session() != null && problem == null) {
			try {
				curation = curationOf(session());
			} catch (IOException e) {
				problem = e.getMessage();
			}
		}
		updateColumns();
		viewer.setInput(curation);
		reselect(shownFirst, selectedRow);
		summary.setText(summaryText());
		content.layout();
	}

	/** The annotators compared, in column order (the n-th is accepted with the key n). */
	public List<String> annotators() {
		return curation == null ? List.of() : curation.annotators();
	}

	/** The item of the selected row. */
	public Optional<CurationItem> selectedItem() {
		return viewer.getStructuredSelection().getFirstElement() instanceof CurationItem item ? Optional.of(item)
				: Optional.empty();
	}

	/** The table of items; its rows are {@link CurationItem}s. */
	public TableViewer viewer() {
		return viewer;
	}

	/** Accepts the selected item's annotation of the annotator in the given column (1 for the first). */
	void accept(int annotatorNumber) {
		if (curation == null || selectedItem().isEmpty()) {
			tell(Messages.CurationView_nothingSelected);
			return;
		}
		if (annotatorNumber < 1 || annotatorNumber > curation.annotators().size()) {
			tell(NLS.bind(Messages.CurationView_noSuchAnnotator, annotatorNumber));
			return;
		}
		String annotator = curation.annotators().get(annotatorNumber - 1);
		EObject annotation = selectedItem().get().annotation(annotator);
		if (annotation == null) {
			tell(NLS.bind(Messages.CurationView_nothingOfAnnotator, annotator));
			return;
		}
		if (withGold()) {
			run(CurationCommands.accept(session().editingDomain(), curation, curation.itemOf(annotation), annotator),
					NLS.bind(Messages.CurationView_alreadyAccepted, annotator));
		}
	}

	/**
	 * Accepts every item on which at least k annotators agree (see {@link CurationCommands#acceptAgreed}).
	 *
	 * @param chooseAgreement given the number of annotators, the k chosen, or none to do nothing
	 */
	void acceptAgreed(IntFunction<OptionalInt> chooseAgreement) {
		if (curation == null || curation.annotators().isEmpty()) {
			tell(Messages.CurationView_noAnnotators);
			return;
		}
		OptionalInt k = chooseAgreement.apply(curation.annotators().size());
		if (k.isPresent() && withGold()) {
			run(CurationCommands.acceptAgreed(session().editingDomain(), curation, k.getAsInt()),
					NLS.bind(Messages.CurationView_nothingAgreed, k.getAsInt()));
		}
	}

	/** Rejects the selected item. */
	void reject() {
		Optional<CurationItem> item = selectedItem();
		if (curation == null || item.isEmpty()) {
			tell(Messages.CurationView_nothingSelected);
		} else {
			run(CurationCommands.reject(session().editingDomain(), curation, item.get()), Messages.CurationView_nothingToReject);
		}
	}

	/**
	 * Makes sure the document has a gold layer in the editor's store, creating it (unsaved) on the first
	 * acceptance, so that merely looking never writes one. Says why not when it cannot.
	 */
	private boolean withGold() {
		if (curation.gold() != null) {
			return true;
		}
		try {
			session().store().layerFor(session().document().getId(), CorpusStore.GOLD);
		} catch (IOException e) {
			tell(e.getMessage());
			return false;
		}
		refresh();
		return curation != null;
	}

	/** Runs the command on the editor's command stack, or says {@code idle} when it has nothing to do. */
	private void run(Command command, String idle) {
		if (!command.canExecute()) {
			tell(idle);
			return;
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		session().commandStack().execute(command);
	}

	private void tell(String message) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		content.getDisplay().beep();
	}

	/**
	 * The session's document curated: the layers of the annotators stored for it and, when it has
	 * annotations, the editor's own layer (not yet saved, say), against gold as the store holds it now.
	 */
	private Curation curationOf(AnnotationSession shown) throws IOException {
		CorpusStore store = shown.store();
		String documentId = shown.document().getId();
		Map<String, AnnotationLayer> layers = new LinkedHashMap<>();
		for (String annotator : storedAnnotators) {
			store.layer(documentId, annotator).ifPresent(layer -> layers.put(annotator, layer));
		}
		AnnotationLayer own = shown.layer();
		if (!CorpusStore.GOLD.equals(shown.annotator()) && !layers.containsKey(shown.annotator())
				&& !(own.getClaims().isEmpty() && own.getSourceMentions().isEmpty() && own.getCues().isEmpty())) {
			layers.put(shown.annotator(), own);
		}
		return Curation.of(layers, store.layer(documentId, CorpusStore.GOLD).orElse(null), rejections);
	}

	/** Kind, one column per annotator, Gold, Status: made again when the annotators change. */
	private void updateColumns() {
		List<String> annotators = annotators();
		List<String> titles = new ArrayList<>();
		titles.add(Messages.CurationView_kindColumn);
		titles.addAll(annotators);
		titles.add(Messages.CurationView_goldColumn);
		titles.add(Messages.CurationView_statusColumn);
		if (titles.equals(columns.stream().map(column -> column.getColumn().getText()).toList())) {
			return;
		}
		columns.forEach(column -> column.getColumn().dispose());
		columns.clear();
		addColumn(Messages.CurationView_kindColumn, 110, item -> item.kind().label());
		for (String annotator : annotators) {
			addColumn(annotator, 300, item -> cells.annotation(item.annotation(annotator)));
		}
		addColumn(Messages.CurationView_goldColumn, 300, item -> cells.annotation(item.gold()));
		addColumn(Messages.CurationView_statusColumn, 90, item -> cells.status(item.status()));
	}

	private void addColumn(String title, int width, Function<CurationItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CurationItem) element);
			}

			@Override
			public Color getBackground(Object element) {
				return ((CurationItem) element).isConflict() ? CONFLICT_BACKGROUND : null;
			}
		});
		columns.add(column);
	}

	/**
	 * Selects the row that was selected before a refresh, found by one of its annotations, leaving the editor's
	 * selection alone. When that item is no longer shown (decided while only conflicts show), selects the row
	 * now in its place, in the editor too, so that the next conflict is at hand.
	 */
	private void reselect(EObject annotation, int formerRow) {
		CurationItem same = curation == null || annotation == null ? null : curation.itemOf(annotation);
		if (same != null && isShown(same)) {
			reselecting = true;
			try {
				viewer.setSelection(new StructuredSelection(same), true);
			} finally {
				reselecting = false;
			}
		} else if (formerRow >= 0 && viewer.getTable().getItemCount() > 0) {
			viewer.setSelection(
					new StructuredSelection(viewer.getElementAt(Math.min(formerRow, viewer.getTable().getItemCount() - 1))),
					true);
		}
	}

	private boolean isShown(CurationItem item) {
		for (int row = 0; row < viewer.getTable().getItemCount(); row++) {
			if (viewer.getElementAt(row) == item) {
				return true;
			}
		}
		return false;
	}

	/** An annotation of the item that the next curation's item will hold too. */
	private static EObject keyOf(CurationItem item) {
		if (item == null) {
			return null;
		}
		return item.annotations().isEmpty() ? item.gold() : item.annotations().values().iterator().next();
	}

	private String summaryText() {
		if (session() == null) {
			return ""; //$NON-NLS-1$
		}
		if (problem != null) {
			return NLS.bind(Messages.CurationView_cannotCurate, problem);
		}
		if (curation.annotators().isEmpty()) {
			return Messages.CurationView_noAnnotators;
		}
		Map<CurationStatus, Integer> counts = new EnumMap<>(CurationStatus.class);
		curation.items().forEach(item -> counts.merge(item.status(), 1, Integer::sum));
		int decided = (int) curation.items().stream().filter(item -> item.status().isResolved()).count();
		return NLS.bind(Messages.CurationView_summary, new Object[] { counts.getOrDefault(CurationStatus.CONFLICT, 0),
				counts.getOrDefault(CurationStatus.AGREED, 0), decided, curation.items().size() });
	}

	/** Selects the item's text in the editor, if it lies in the text. */
	private void reveal(CurationItem item) {
		int length = session().document().getText().length();
		if (0 <= item.begin() && item.begin() <= item.end() && item.end() <= length) {
			editor().selectAndReveal(item.begin(), item.end() - item.begin());
		}
	}

	/** Undo and Redo go to the editor's command stack while this view is active; its changes refresh the view. */
	private void followCommands(AnnotationSession shown) {
		followed = shown;
		shown.commandStack().addCommandStackListener(commandListener);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		undoRedo.add(handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO,
				new CommandStackHandler(shown.commandStack(), true)));
		undoRedo.add(handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO,
				new CommandStackHandler(shown.commandStack(), false)));
	}

	private void unfollowCommands() {
		if (followed != null) {
			followed.commandStack().removeCommandStackListener(commandListener);
			followed = null;
		}
		if (!undoRedo.isEmpty()) {
			getSite().getService(IHandlerService.class).deactivateHandlers(undoRedo);
			undoRedo.clear();
		}
	}

	@Override
	public void dispose() {
		unfollowCommands();
		super.dispose();
	}
}
