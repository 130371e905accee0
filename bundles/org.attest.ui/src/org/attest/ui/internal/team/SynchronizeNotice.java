package org.attest.ui.internal.team;

import java.util.List;

import org.attest.core.team.SynchronizeResult;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Tells the annotator what a synchronization did: what came in, what went out, and any conflict by path. */
final class SynchronizeNotice {

	/** Paths listed per section before the rest are counted instead, so the dialog fits a screen. */
	static final int LISTED_PATHS = 15;

	private SynchronizeNotice() {
	}

	static void show(IProject project, SynchronizeResult result) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		String text = describe(project, result);
		if (result.outcome() == SynchronizeResult.Outcome.CONFLICT) {
			MessageDialog.openWarning(shell, Messages.SynchronizeNotice_conflictTitle, text);
		} else {
			MessageDialog.openInformation(shell, Messages.SynchronizeNotice_title, text);
		}
	}

	static String describe(IProject project, SynchronizeResult result) {
		StringBuilder text = new StringBuilder(switch (result.outcome()) {
		case SYNCHRONIZED -> NLS.bind(Messages.SynchronizeNotice_synchronized, project.getName());
		case COMMITTED_LOCALLY -> NLS.bind(Messages.SynchronizeNotice_committedLocally, project.getName());
		case CONFLICT -> NLS.bind(Messages.SynchronizeNotice_conflict, project.getName());
		});
		section(text, Messages.SynchronizeNotice_conflicts, result.conflicts());
		section(text, Messages.SynchronizeNotice_received, result.incoming().stream().map(Object::toString).toList());
		section(text, Messages.SynchronizeNotice_sent, result.outgoing().stream().map(Object::toString).toList());
		section(text, Messages.SynchronizeNotice_notCommitted, result.notCommitted());
		return text.toString();
	}

	private static void section(StringBuilder text, String heading, List<String> paths) {
		if (paths.isEmpty()) {
			return;
		}
		text.append("\n\n").append(NLS.bind(heading, paths.size())); //$NON-NLS-1$
		paths.stream().limit(LISTED_PATHS).forEach(path -> text.append("\n  ").append(path)); //$NON-NLS-1$
		if (paths.size() > LISTED_PATHS) {
			text.append("\n  ").append(NLS.bind(Messages.SynchronizeNotice_more, paths.size() - LISTED_PATHS)); //$NON-NLS-1$
		}
	}
}
