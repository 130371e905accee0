package org.attest.ui.internal.team;

import java.util.Optional;

import org.attest.ui.internal.editor.Annotators;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Share Corpus…: asks for the team's (empty) Git repository, if there is one yet, then makes the corpus folder
 * a Git repository and pushes it there in the background.
 */
public final class ShareCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IProject project = SelectedCorpus.of(event)
				.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.TeamHandlers_noCorpus, Messages.ShareCorpusHandler_title)));
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), Messages.ShareCorpusHandler_title,
				NLS.bind(Messages.ShareCorpusHandler_prompt, project.getName()), "", null); //$NON-NLS-1$
		if (dialog.open() != Window.OK) {
			return null;
		}
		// an empty answer shares locally; the remote can be added later the same way
		String url = dialog.getValue().trim();
		new ShareCorpusJob(project, Annotators.current(), url.isEmpty() ? Optional.empty() : Optional.of(url)).schedule();
		return null;
	}
}
