package org.attest.ui.internal.curation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Accepts the selected item's annotation of one annotator into gold: the annotator in the Curation view's
 * column named by the parameter {@value #ANNOTATOR_PARAMETER} (1 for the first), as the keys 1 to 9 do.
 */
public class AcceptHandler extends AbstractHandler {

	/** The command's parameter: the annotator's column number, 1 for the first. */
	public static final String ANNOTATOR_PARAMETER = "org.attest.ui.curation.annotator"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActivePartChecked(event) instanceof CurationView view) {
			String number = event.getParameter(ANNOTATOR_PARAMETER);
			try {
				view.accept(Integer.parseInt(number));
			} catch (NumberFormatException e) {
				throw new ExecutionException("not an annotator's column number: " + number, e); //$NON-NLS-1$
			}
		}
		return null;
	}
}
