package org.attest.ui.internal.handlers;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/** Deletes the annotation under the caret (the innermost one where spans overlap). */
public class DeleteAnnotationHandler extends AnnotationHandler {

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		session.spanAt(selection.getOffset()).ifPresentOrElse(
				span -> run(session, AnnotationCommands.delete(session.editingDomain(), session.layer(), span)),
				() -> tell(editor, Messages.DeleteAnnotationHandler_nothingThere));
	}
}
