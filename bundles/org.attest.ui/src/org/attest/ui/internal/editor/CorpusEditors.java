package org.attest.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** The annotation editors open on a corpus project's documents. */
public final class CorpusEditors {

	private CorpusEditors() {
	}

	/**
	 * Opens the project's annotation editors again on the files another writer (a Git synchronization, an
	 * import) changed. The editors of a corpus share one model of it, read before: its registry, annotators
	 * and document list would overwrite what came in at the next save. Editors are offered for saving before
	 * such writers run; if one has changed since, none is closed, so that no work is lost, and saving asks
	 * before overwriting a changed file (see {@link ChangedOnDisk}) until they are all closed and the model is
	 * read again.
	 */
	public static void reopen(IProject project) throws PartInitException {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				List<IEditorReference> editors = Arrays.stream(page.getEditorReferences())
						.filter(reference -> AnnotationEditor.ID.equals(reference.getId()) && inProject(reference, project)).toList();
				if (editors.isEmpty() || editors.stream().anyMatch(IEditorReference::isDirty)) {
					continue;
				}
				IEditorReference active = page.getActiveEditor() == null ? null
						: (IEditorReference) page.getReference(page.getActiveEditor());
				List<IEditorInput> inputs = new ArrayList<>();
				IEditorInput activeInput = null;
				for (IEditorReference editor : editors) {
					inputs.add(editor.getEditorInput());
					if (editor == active) {
						activeInput = editor.getEditorInput();
					}
				}
				page.closeEditors(editors.toArray(IEditorReference[]::new), false);
				for (IEditorInput input : inputs) {
					page.openEditor(input, AnnotationEditor.ID, input == activeInput);
				}
			}
		}
	}

	private static boolean inProject(IEditorReference reference, IProject project) {
		try {
			return reference.getEditorInput() instanceof IFileEditorInput input && project.equals(input.getFile().getProject());
		} catch (PartInitException e) {
			return false;
		}
	}
}
