package org.attest.ui.internal.handlers;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/** Marks the selected text as a claim. */
public class MarkClaimHandler extends AnnotationHandler {

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		int[] span = trimmed(session.document().getText(), selection);
		if (span[0] == span[1]) {
			tell(editor, Messages.MarkClaimHandler_selectText);
			return;
		}
		run(session, AnnotationCommands.markClaim(session.editingDomain(), session.layer(), span[0], span[1]));
	}
}
