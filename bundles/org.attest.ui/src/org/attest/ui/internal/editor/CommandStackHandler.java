package org.attest.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Edit > Undo and Redo for the annotation editor, the Sources view and the Curation view: the annotations and
 * the registry live in the corpus's EMF command stack, not in the (read-only) text, so these replace the text
 * editor's undo; the views activate them too, so that Undo and Redo work while they have the focus.
 */
public final class CommandStackHandler extends AbstractHandler {

	private final CommandStack stack;
	private final boolean undo;
	private final CommandStackListener enablement = event -> fireHandlerChanged(new HandlerEvent(this, true, false));

	/** @param stack the corpus's history, shared with other editors: listened to until {@link #dispose()} */
	public CommandStackHandler(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		stack.addCommandStackListener(enablement);
	}

	@Override
	public boolean isEnabled() {
		return undo ? stack.canUndo() : stack.canRedo();
	}

	@Override
	public void dispose() {
		stack.removeCommandStackListener(enablement);
		super.dispose();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
		return null;
	}
}
