package org.attest.ui.internal.handlers;

import java.util.Optional;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.Source;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/**
 * Marks the selected text as a mention of a registry source, picked with type-ahead from the registry or
 * created from the selected name.
 */
public class MarkSourceHandler extends AnnotationHandler {

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		String text = session.document().getText();
		int[] span = trimmed(text, selection);
		if (span[0] == span[1]) {
			tell(editor, Messages.MarkSourceHandler_selectText);
			return;
		}
		String name = text.substring(span[0], span[1]);
		Optional<Source> source = new SourcePickerDialog(editor.getSite().getShell(), session, name, span[0], true).choose();
		source.ifPresent(chosen -> run(session, AnnotationCommands.markSourceMention(session.editingDomain(), session.layer(),
				span[0], span[1], chosen, session.store().corpus())));
	}
}
