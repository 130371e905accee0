package org.attest.ui.internal.views;

import java.io.IOException;
import java.util.List;

import org.attest.model.Source;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Merges the sources selected in the Sources view into the one the user picks to keep, as one undoable
 * command of the history of the corpus they belong to (see {@link SourceMerge} for what changes).
 */
public class MergeSourcesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePartChecked(event) instanceof SourcesView view) || view.session() == null) {
			return null;
		}
		AnnotationSession session = view.session();
		List<Source> selected = HandlerUtil.getCurrentStructuredSelection(event).toList().stream()
				.filter(Source.class::isInstance).map(Source.class::cast).toList();
		if (selected.size() < 2) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.MergeSourcesHandler_title);
		dialog.setMessage(Messages.MergeSourcesHandler_message);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(LabelProvider.createTextProvider(
				source -> ((IItemLabelProvider) session.adapterFactory().adapt(source, IItemLabelProvider.class))
						.getText(source)));
		dialog.setInput(selected);
		dialog.setInitialSelections(selected.get(0));
		if (dialog.open() != Window.OK || dialog.getResult().length != 1) {
			return null;
		}
		Source kept = (Source) dialog.getResult()[0];
		Command merge;
		try {
			merge = SourceMerge.command(session, kept, selected);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.MergeSourcesHandler_title,
					NLS.bind(Messages.MergeSourcesHandler_cannotMerge, e.getMessage()));
			return null;
		}
		session.commandStack().execute(merge);
		return null;
	}
}
