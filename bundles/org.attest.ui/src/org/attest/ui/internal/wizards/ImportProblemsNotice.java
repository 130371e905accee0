package org.attest.ui.internal.wizards;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Shows the problems of a finished import job in an error dialog over the workbench, one line per problem
 * in its details.
 */
final class ImportProblemsNotice extends JobChangeAdapter {

	@Override
	public void done(IJobChangeEvent event) {
		IStatus result = event.getResult();
		if (result.getSeverity() != IStatus.ERROR || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> ErrorDialog.openError(workbench.getModalDialogShellProvider().getShell(),
				Messages.ImportProblemsNotice_title, null, result));
	}
}
