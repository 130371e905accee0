package org.attest.ui.internal.views;

import java.util.function.Consumer;

import org.attest.ui.internal.editor.AnnotationEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the active annotation editor of a workbench page, the way the Outline follows the active editor:
 * activating another annotation editor switches to it; activating another kind of editor, or closing the
 * followed one when no annotation editor takes its place, leaves none. Activating a view changes nothing, so a
 * view keeps its editor while the user works in it. A new input of the followed editor (and with it a new
 * session) is reported as well.
 */
final class AnnotationEditorTracker implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<AnnotationEditor> listener;
	private final IPropertyListener inputListener;
	private AnnotationEditor editor;

	/** @param listener told the editor followed from now on, {@code null} for none */
	AnnotationEditorTracker(IWorkbenchPage page, Consumer<AnnotationEditor> listener) {
		this.page = page;
		this.listener = listener;
		inputListener = (source, property) -> {
			if (property == IEditorPart.PROP_INPUT) {
				listener.accept(editor);
			}
		};
	}

	/** Starts following, reporting the page's current annotation editor (or none) right away. */
	void start() {
		page.addPartListener(this);
		follow(activeAnnotationEditor());
	}

	/** Stops following; nothing is reported any more. */
	void stop() {
		page.removePartListener(this);
		if (editor != null) {
			editor.removePropertyListener(inputListener);
			editor = null;
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			follow(activeAnnotationEditor());
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partActivated(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (editor != null && reference.getPart(false) == editor) {
			AnnotationEditor active = activeAnnotationEditor();
			follow(active == editor ? null : active);
		}
	}

	private AnnotationEditor activeAnnotationEditor() {
		return page.getActiveEditor() instanceof AnnotationEditor active ? active : null;
	}

	private void follow(AnnotationEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removePropertyListener(inputListener);
		}
		editor = next;
		if (next != null) {
			next.addPropertyListener(inputListener);
		}
		listener.accept(next);
	}
}
