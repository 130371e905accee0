package org.attest.ui.internal.handlers;

import java.util.Comparator;
import java.util.Optional;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/**
 * Attributes the claim under the caret to a source, picked with type-ahead; sources mentioned in the
 * document come first, nearest to the claim first, and the attribution goes through the nearest mention.
 */
public class LinkSourceHandler extends AnnotationHandler {

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		Optional<ClaimMention> claim = claimAt(session, selection);
		if (claim.isEmpty()) {
			tell(editor, Messages.LinkSourceHandler_noClaim);
			return;
		}
		Optional<Source> source = new SourcePickerDialog(editor.getSite().getShell(), session, "", claim.get().getBegin(), false) //$NON-NLS-1$
				.choose();
		if (source.isPresent()) {
			SourceMention mention = nearestMention(session, source.get(), claim.get());
			run(session, AnnotationCommands.link(session.editingDomain(), session.layer(), claim.get(), source.get(), mention));
		}
	}

	private static SourceMention nearestMention(AnnotationSession session, Source source, ClaimMention claim) {
		return session.layer().getSourceMentions().stream().filter(m -> m.getSource() == source)
				.min(Comparator.comparingInt(m -> Math.abs(m.getBegin() - claim.getBegin()))).orElse(null);
	}
}
