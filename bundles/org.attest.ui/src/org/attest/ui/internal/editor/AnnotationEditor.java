package org.attest.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.attest.ui.internal.edit.AnnotationPropertySheetPage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The editor of an Attest document ({@code documents/<id>.attest}): the document's text, read-only and
 * wrapped like an article, with the current annotator's layer over it. Every change to the layer runs as an
 * EMF command on the corpus's history, shared with the other editors of the corpus (see {@link CorpusSessions}),
 * so it is undoable and makes the editor dirty; the editor is dirty while its layer or the corpus file has
 * unsaved changes, and saving writes both (docs/ui-adapters.md, "Editors sharing a corpus"). Views reach the
 * layer through {@code getAdapter(AnnotationSession.class)}.
 */
public class AnnotationEditor extends TextEditor {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.attest.ui.editor.annotation"; //$NON-NLS-1$
	/** The id of the editor's context menu, for menu contributions. */
	public static final String CONTEXT_MENU = "org.attest.ui.editor.annotation.context"; //$NON-NLS-1$
	/** The status line field showing the annotator and the layer's progress. */
	public static final String STATUS_PROGRESS = "org.attest.ui.status.progress"; //$NON-NLS-1$
	/** The context of the editor's key bindings. */
	public static final String CONTEXT = "org.attest.ui.annotationEditorScope"; //$NON-NLS-1$

	private CorpusSessions sessions;
	/** The document opened while its layer is read, until {@link #attachLayer}. */
	private CorpusSessions.Opening opening;
	private AnnotationSession session;
	private LayerAnnotations annotations;
	/** The spans' annotations, shown from the layer's attaching on. */
	private final SpanAnnotationModel spans = new SpanAnnotationModel();
	/** The spans' text styles, made with the viewer. */
	private SpanPresentation presentation;
	private ProblemMarkers problems;
	private LabelKeys labelKeys;
	/** Whether the layer was dirty when last looked at: once it is clean, it was saved (or undone) to its file. */
	private boolean layerDirty;
	private final CommandStackListener dirtyListener = event -> getSite().getShell().getDisplay().asyncExec(this::modelChanged);
	private final List<IHandlerActivation> handlers = new ArrayList<>();
	private final List<CommandStackHandler> undoHandlers = new ArrayList<>();

	public AnnotationEditor() {
		setDocumentProvider(new AttestDocumentProvider(() -> session != null ? session.document() : opening.document()));
		setEditorContextMenuId(CONTEXT_MENU);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		closeSession();
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.AnnotationEditor_notAFile, input.getName())));
		}
		try {
			opening = sessions().open(fileInput.getFile().getLocation().toPath(), Annotators.current());
		} catch (IOException e) {
			throw cannotOpen(fileInput, e);
		}
		super.doSetInput(input);
		if (getSourceViewer() != null) {
			// a new input for an editor that shows one already
			attachLayer(fileInput);
		}
	}

	/**
	 * Waits for the layer read since the document opened, and attaches it to the viewer, which has the text by
	 * now: a session over the layer, its spans as annotations of the text, the label keys, undo and redo. Its
	 * problems become markers right after, so that the first paint of the text does not wait for them.
	 */
	private void attachLayer(IFileEditorInput input) throws CoreException {
		try {
			session = opening.finish();
		} catch (IOException e) {
			throw cannotOpen(input, e);
		} finally {
			opening = null;
		}
		session.commandStack().addCommandStackListener(dirtyListener);
		layerDirty = session.isLayerDirty();
		annotations = new LayerAnnotations(session, getDocumentProvider().getAnnotationModel(input), spans, Display.getCurrent());
		annotations.install();
		labelKeys = new LabelKeys(session.schema(), getSite());
		getSourceViewer().getTextWidget().addVerifyKeyListener(labelKeys);
		IHandlerService handlerService = getSite().getService(IHandlerService.class);
		undoHandlers.add(new CommandStackHandler(session.commandStack(), true));
		undoHandlers.add(new CommandStackHandler(session.commandStack(), false));
		handlers.add(handlerService.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, undoHandlers.get(0)));
		handlers.add(handlerService.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, undoHandlers.get(1)));
		problems = new ProblemMarkers(input.getFile());
		AnnotationSession attached = session;
		Display.getCurrent().asyncExec(() -> {
			if (session == attached) {
				problems.update(session);
			}
		});
	}

	private static CoreException cannotOpen(IFileEditorInput input, IOException e) {
		return new CoreException(Status.error(
				NLS.bind(Messages.AttestDocumentProvider_cannotOpen, input.getFile().getLocation(), e.getMessage()), e));
	}

	/** The viewer, wrapping lines from the start (an article is read as prose), and the spans' text styles. */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = super.createSourceViewer(parent, ruler, styles | SWT.WRAP);
		presentation = new SpanPresentation(viewer, spans, getPreferenceStore(), getSharedColors());
		return viewer;
	}

	@Override
	protected boolean getInitialWordWrapStatus() {
		return true;
	}

	/** The platform's decorations, but the spans' text styles are the {@link SpanPresentation}'s. */
	@Override
	protected SourceViewerDecorationSupport getSourceViewerDecorationSupport(ISourceViewer viewer) {
		if (fSourceViewerDecorationSupport == null) {
			fSourceViewerDecorationSupport = new SpanDecorationSupport(viewer, getOverviewRuler(), getAnnotationAccess(), getSharedColors(),
					LayerAnnotations.TYPES);
			configureSourceViewerDecorationSupport(fSourceViewerDecorationSupport);
		}
		return super.getSourceViewerDecorationSupport(viewer);
	}

	/**
	 * The viewer with the document's text, and then the layer, read meanwhile: the read overlaps all the
	 * viewer's making, and the spans are in the annotation model before the text first paints.
	 */
	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		try {
			attachLayer((IFileEditorInput) getEditorInput());
		} catch (CoreException e) {
			// the text stays readable, but without a session nothing can be annotated, so nothing can be lost
			parent.getDisplay().asyncExec(() -> ErrorDialog.openError(parent.getShell(), Messages.AnnotationEditor_cannotAnnotate,
					NLS.bind(Messages.AnnotationEditor_layerUnreadable, getEditorInput().getName()), e.getStatus()));
		}
	}

	/** The workbench's open corpora, looked up once: the editor gives its session back while being disposed. */
	private CorpusSessions sessions() {
		if (sessions == null) {
			sessions = getSite().getService(CorpusSessions.class);
		}
		return sessions;
	}

	/** After a command, undo, redo or save anywhere in the corpus: dirty marker, progress, and problems once saved. */
	private void modelChanged() {
		if (session == null) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		updateStatusField(STATUS_PROGRESS);
		boolean wasDirty = layerDirty;
		layerDirty = session.isLayerDirty();
		if (wasDirty && !layerDirty) {
			problems.update(session);
		}
	}

	/** The text's undo is of no use in a read-only text: Undo and Redo go to the command stack instead. */
	@Override
	protected void createUndoRedoActions() {
		// see createPartControl
	}

	@Override
	protected void updateStatusField(String category) {
		if (STATUS_PROGRESS.equals(category)) {
			IStatusField field = getStatusField(category);
			if (field != null && session != null) {
				field.setText(LayerProgress.describe(session));
			}
			return;
		}
		super.updateStatusField(category);
	}

	/** The document, layer and editing domain this editor works on. */
	public AnnotationSession session() {
		return session;
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor progressMonitor) {
		try {
			if (!ChangedOnDisk.save(getSite().getShell(), session::save)) {
				if (progressMonitor != null) {
					progressMonitor.setCanceled(true); // a closing editor stays open
				}
				return;
			}
		} catch (IOException e) {
			handleExceptionOnSave(new CoreException(Status.error(e.getMessage(), e)), progressMonitor);
			return;
		}
		layerDirty = session.isLayerDirty();
		firePropertyChange(PROP_DIRTY);
		// validation runs when the layer is attached and on every save; its findings become problem markers
		problems.update(session);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == AnnotationSession.class) {
			return type.cast(session);
		}
		if (type == IPropertySheetPage.class && session != null) {
			return type.cast(new AnnotationPropertySheetPage(session));
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		closeSession();
		if (presentation != null) {
			presentation.dispose();
			presentation = null;
		}
		super.dispose();
	}

	private void closeSession() {
		if (opening != null) {
			opening.cancel();
			opening = null;
		}
		if (!handlers.isEmpty()) {
			getSite().getService(IHandlerService.class).deactivateHandlers(handlers);
			handlers.clear();
		}
		undoHandlers.forEach(CommandStackHandler::dispose);
		undoHandlers.clear();
		if (labelKeys != null) {
			StyledText text = getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
			if (text != null && !text.isDisposed()) {
				text.removeVerifyKeyListener(labelKeys);
			}
			labelKeys = null;
		}
		if (annotations != null) {
			annotations.dispose();
			annotations = null;
		}
		problems = null;
		if (session != null) {
			session.commandStack().removeCommandStackListener(dirtyListener);
			sessions().close(session);
			session = null;
		}
	}
}
