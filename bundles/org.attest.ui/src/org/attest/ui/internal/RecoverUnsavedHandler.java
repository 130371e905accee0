package org.attest.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Recover Unsaved Annotations…: the check the workbench runs on start ({@link RecoveryCheck}), for
 * recovery files put off with Ask Later; says so when there is nothing to recover.
 */
public final class RecoverUnsavedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (!new RecoveryCheck(window).run()) {
			MessageDialog.openInformation(window.getShell(), Messages.RecoveryCheck_title, Messages.RecoveryCheck_nothing);
		}
		return null;
	}
}
