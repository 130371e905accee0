package org.attest.ui.internal.curation;

import java.util.OptionalInt;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Accepts into gold every item on which at least k annotators agree, k asked for in a dialog (all the
 * document's annotators unless the curator chooses fewer).
 */
public class AcceptAgreedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		if (HandlerUtil.getActivePartChecked(event) instanceof CurationView view) {
			view.acceptAgreed(annotators -> {
				AgreementDialog dialog = new AgreementDialog(shell, annotators);
				return dialog.open() == Window.OK ? OptionalInt.of(dialog.agreement()) : OptionalInt.empty();
			});
		}
		return null;
	}
}
