package org.attest.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Edit > Undo and Redo for the annotation editor: the annotations live in the EMF command stack, not in
 * the (read-only) text, so these replace the text editor's undo. Views that change the editor's model (the
 * Curation view) activate them too, so that Undo and Redo work while they have the focus.
 */
public final class CommandStackHandler extends AbstractHandler {

	private final CommandStack stack;
	private final boolean undo;

	public CommandStackHandler(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		stack.addCommandStackListener(event -> fireHandlerChanged(new HandlerEvent(this, true, false)));
	}

	@Override
	public boolean isEnabled() {
		return undo ? stack.canUndo() : stack.canRedo();
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
