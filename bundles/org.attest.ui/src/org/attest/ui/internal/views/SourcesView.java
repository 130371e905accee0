package org.attest.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.Corpus;
import org.attest.model.Source;
import org.attest.model.edit.provider.AttestEditPlugin;
import org.attest.ui.internal.editor.AnnotationSession;
import org.attest.ui.internal.editor.ChangedOnDisk;
import org.attest.ui.internal.editor.CommandStackHandler;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The corpus-wide source registry of the active annotation editor's corpus: each source's name, kind,
 * reliability and the number of claims attributed to it in the current annotator's layers of all documents
 * (see {@link SourceClaimCounts}; counted in the background once per editor, so the column shows an ellipsis
 * until then). Rename and Merge Into… act on the selected sources, from the view's toolbar and context menu.
 * Their changes are the corpus file's: they make the view and every editor of the corpus dirty, any of them
 * saves them, and Edit > Undo in the view undoes the corpus's latest change as it does in its editors.
 */
public class SourcesView extends AnnotationSessionView implements ISaveablePart {

	/** The view's id, as declared in plugin.xml; also the id of its context menu. */
	public static final String ID = "org.attest.ui.views.sources"; //$NON-NLS-1$

	private final Collator collator = Collator.getInstance();
	/** The stored layers' counts per editor session; weak, so a closed editor's counts go with it. */
	private final Map<AnnotationSession, SourceClaimCounts> storedCounts = new WeakHashMap<>();
	/** The jobs still counting, per session; cancelled when the view closes. */
	private final Map<AnnotationSession, Job> countJobs = new WeakHashMap<>();
	/** Claims per source of the session shown; {@code null} while they are being counted. */
	private Map<Source, Integer> claimCounts;
	private TableViewer viewer;
	/** The command stack of the corpus shown, watched for the dirty marker and undone by Edit > Undo. */
	private CommandStack watchedStack;
	private final CommandStackListener dirtyListener = event -> viewer.getControl().getDisplay()
			.asyncExec(() -> firePropertyChange(PROP_DIRTY));
	private final List<CommandStackHandler> undoHandlers = new ArrayList<>();
	private final List<IHandlerActivation> undoActivations = new ArrayList<>();

	@Override
	protected Control createContent(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider((IStructuredContentProvider) corpus -> ((Corpus) corpus).getSources().toArray());

		ColumnSorter<Source> sorter = new ColumnSorter<>(viewer);
		sorter.add(column(Messages.SourcesView_nameColumn, 220, this::name), Comparator.comparing(this::name, collator));
		sorter.add(column(Messages.SourcesView_kindColumn, 100, SourcesView::kind),
				Comparator.comparing(SourcesView::kind, collator));
		sorter.add(column(Messages.SourcesView_reliabilityColumn, 150, this::reliability),
				Comparator.comparingInt(source -> SchemaLabels.position(session().schema(), DefaultLabelSchema.RELIABILITY,
						source.getReliability())));
		TableViewerColumn claimsColumn = column(Messages.SourcesView_claimsColumn, 70, this::claims);
		claimsColumn.getColumn().setAlignment(SWT.RIGHT);
		sorter.add(claimsColumn, Comparator.comparingInt(
				source -> claimCounts == null ? 0 : claimCounts.getOrDefault(source, 0)));

		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		return viewer.getControl();
	}

	private TableViewerColumn column(String title, int width, Function<Source, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(source -> text.apply((Source) source)));
		return column;
	}

	private String name(Source source) {
		return source.getName() == null || source.getName().isBlank() ? source.getId() : source.getName();
	}

	/** The kind as the item providers name it, in the user's language. */
	private static String kind(Source source) {
		return AttestEditPlugin.INSTANCE.getString("_UI_SourceKind_" + source.getKind().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String reliability(Source source) {
		return SchemaLabels.name(session().schema(), DefaultLabelSchema.RELIABILITY, source.getReliability());
	}

	private String claims(Source source) {
		return claimCounts == null ? Messages.SourcesView_counting
				: Integer.toString(claimCounts.getOrDefault(source, 0));
	}

	@Override
	protected String noSessionMessage() {
		return Messages.SourcesView_noEditor;
	}

	@Override
	protected void show(AnnotationSession shown) {
		if (shown != null && !storedCounts.containsKey(shown) && !countJobs.containsKey(shown)) {
			count(shown);
		}
		updateClaimCounts();
		viewer.setInput(shown == null ? null : shown.store().corpus());
		watch(shown == null ? null : shown.commandStack());
	}

	private void watch(CommandStack stack) {
		if (stack == watchedStack) {
			return;
		}
		IHandlerService handlerService = getSite().getService(IHandlerService.class);
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(dirtyListener);
			handlerService.deactivateHandlers(undoActivations);
			undoActivations.clear();
			undoHandlers.forEach(CommandStackHandler::dispose);
			undoHandlers.clear();
		}
		watchedStack = stack;
		if (stack != null) {
			stack.addCommandStackListener(dirtyListener);
			undoHandlers.add(new CommandStackHandler(stack, true));
			undoHandlers.add(new CommandStackHandler(stack, false));
			undoActivations.add(handlerService.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, undoHandlers.get(0)));
			undoActivations.add(handlerService.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, undoHandlers.get(1)));
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** Whether the corpus file shown has unsaved changes (a rename or merge, or a new source in an editor). */
	@Override
	public boolean isDirty() {
		AnnotationSession shown = session();
		return shown != null && shown.model().isDirty(shown.model().corpusResource());
	}

	/** Saves the corpus file, with the layers a merge changed together with it. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		AnnotationSession shown = session();
		if (shown == null) {
			return;
		}
		try {
			if (!ChangedOnDisk.save(getSite().getShell(), overwrite -> shown.model().save(List.of(shown.model().corpusResource()), overwrite))
					&& monitor != null) {
				monitor.setCanceled(true);
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.SourcesView_cannotSaveTitle,
					NLS.bind(Messages.SourcesView_cannotSave, shown.store().folder(), e.getMessage()));
		}
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered (isSaveAsAllowed)
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** No: the editors of the corpus ask about its unsaved changes when they close. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return false;
	}

	@Override
	protected void refresh() {
		updateClaimCounts();
		viewer.refresh();
	}

	private void updateClaimCounts() {
		SourceClaimCounts stored = session() == null ? null : storedCounts.get(session());
		claimCounts = stored == null ? null : stored.totals(session().store());
	}

	/** Counts the session's stored layers in the background and shows the counts when they are there. */
	private void count(AnnotationSession counted) {
		Path folder = counted.store().folder();
		String annotator = counted.annotator();
		Display display = viewer.getControl().getDisplay();
		Job job = Job.create(NLS.bind(Messages.SourcesView_countJob, folder.getFileName()), monitor -> {
			SourceClaimCounts counts;
			IStatus status = Status.OK_STATUS;
			try {
				counts = SourceClaimCounts.read(folder, annotator, monitor);
			} catch (IOException e) {
				counts = SourceClaimCounts.none(annotator);
				status = Status.error(NLS.bind(Messages.SourcesView_cannotCount, folder, e.getMessage()), e);
			}
			SourceClaimCounts result = counts;
			display.asyncExec(() -> {
				countJobs.remove(counted);
				storedCounts.put(counted, result);
				if (counted == session() && !viewer.getControl().isDisposed()) {
					refresh();
				}
			});
			return status;
		});
		countJobs.put(counted, job);
		job.schedule();
	}

	/** The table of sources; its rows are the registry's sources. */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void dispose() {
		countJobs.values().forEach(Job::cancel);
		if (watchedStack != null) {
			watchedStack.removeCommandStackListener(dirtyListener);
			undoHandlers.forEach(CommandStackHandler::dispose);
		}
		super.dispose();
	}
}
