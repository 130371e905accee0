package org.attest.ui.internal.agreement;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Measures the agreement shown in the Agreement view again, from the layers as saved now. */
public class RefreshAgreementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActivePartChecked(event) instanceof AgreementView view) {
			view.refresh();
		}
		return null;
	}
}
