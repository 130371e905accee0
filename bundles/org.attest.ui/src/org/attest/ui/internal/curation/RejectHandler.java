package org.attest.ui.internal.curation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Rejects the item selected in the Curation view: gold takes none of its annotations, and it is decided. */
public class RejectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActivePartChecked(event) instanceof CurationView view) {
			view.reject();
		}
		return null;
	}
}
