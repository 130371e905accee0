package org.attest.ui.internal.views;

import org.attest.model.AttestPackage;
import org.attest.model.Source;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Renames the source selected in the Sources view, as an undoable command of the history of the corpus it
 * belongs to; every view and editor showing the name follows.
 */
public class RenameSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePartChecked(event) instanceof SourcesView view) || view.session() == null
				|| !(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Source source)) {
			return null;
		}
		AnnotationSession session = view.session();
		String oldName = source.getName() == null ? "" : source.getName(); //$NON-NLS-1$
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), Messages.RenameSourceHandler_title,
				NLS.bind(Messages.RenameSourceHandler_message, oldName), oldName,
				name -> name.isBlank() ? Messages.RenameSourceHandler_emptyName : null);
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(oldName)) {
			session.commandStack().execute(SetCommand.create(session.editingDomain(), source,
					AttestPackage.Literals.SOURCE__NAME, dialog.getValue().strip()));
		}
		return null;
	}
}
