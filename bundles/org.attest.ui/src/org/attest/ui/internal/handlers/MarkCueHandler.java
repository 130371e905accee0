package org.attest.ui.internal.handlers;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.Attribution;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/**
 * Marks the selected text as a cue ("said", "denied") and, as annotators mark the cue right after linking,
 * makes it the cue of the latest attribution that has none.
 */
public class MarkCueHandler extends AnnotationHandler {

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		int[] span = trimmed(session.document().getText(), selection);
		if (span[0] == span[1]) {
			tell(editor, Messages.MarkCueHandler_selectText);
			return;
		}
		Attribution withoutCue = null;
		for (Attribution attribution : session.layer().getAttributions()) {
			if (attribution.getCue() == null) {
				withoutCue = attribution;
			}
		}
		run(session, AnnotationCommands.markCue(session.editingDomain(), session.layer(), span[0], span[1], withoutCue));
	}
}
