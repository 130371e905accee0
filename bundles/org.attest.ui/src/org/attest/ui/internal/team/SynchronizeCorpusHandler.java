package org.attest.ui.internal.team;

import org.attest.ui.internal.editor.Annotators;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ide.IDE;

/**
 * Synchronize Corpus: offers the corpus's unsaved editors for saving first (as a Git pull does), since only
 * saved layers are committed, then synchronizes in the background.
 */
public final class SynchronizeCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IProject project = SelectedCorpus.of(event)
				.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.TeamHandlers_noCorpus, Messages.SynchronizeNotice_title)));
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		new SynchronizeCorpusJob(project, Annotators.current()).schedule();
		return null;
	}
}
