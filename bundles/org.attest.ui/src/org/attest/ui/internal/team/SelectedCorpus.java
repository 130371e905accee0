package org.attest.ui.internal.team;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The corpus project a team command acts on: the selected resource's, else the active editor's. */
final class SelectedCorpus {

	private SelectedCorpus() {
	}

	static Optional<IProject> of(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			Optional<IProject> selected = resource == null ? Optional.empty() : corpusOf(resource);
			if (selected.isPresent()) {
				return selected;
			}
		}
		IEditorInput input = HandlerUtil.getActiveEditorInput(event);
		IResource resource = input == null ? null : Adapters.adapt(input, IResource.class);
		return resource == null ? Optional.empty() : corpusOf(resource);
	}

	private static Optional<IProject> corpusOf(IResource resource) {
		IProject project = resource.getProject();
		return project != null && CorpusProjectTester.isCorpus(project) ? Optional.of(project) : Optional.empty();
	}
}
