package org.attest.ui.internal.handlers;

import java.util.Comparator;
import java.util.List;

import org.attest.model.ClaimMention;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;

/** Selects the next (or previous) claim that no source is attributed to yet, wrapping around the document. */
public abstract class UnattributedClaimHandler extends AnnotationHandler {

	private final boolean forward;

	UnattributedClaimHandler(boolean forward) {
		this.forward = forward;
	}

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		List<ClaimMention> open = session.layer().getClaims().stream()
				.filter(claim -> session.layer().getAttributions().stream().noneMatch(a -> a.getClaim() == claim))
				.sorted(Comparator.comparingInt(ClaimMention::getBegin)).toList();
		if (open.isEmpty()) {
			tell(editor, Messages.UnattributedClaimHandler_none);
			return;
		}
		int caret = selection.getOffset();
		ClaimMention target = forward
				? open.stream().filter(c -> c.getBegin() > caret).findFirst().orElse(open.get(0))
				: open.reversed().stream().filter(c -> c.getBegin() < caret).findFirst().orElse(open.get(open.size() - 1));
		editor.selectAndReveal(target.getBegin(), target.getEnd() - target.getBegin());
	}

	/** Goes to the next claim without a source. */
	public static class Next extends UnattributedClaimHandler {
		public Next() {
			super(true);
		}
	}

	/** Goes to the previous claim without a source. */
	public static class Previous extends UnattributedClaimHandler {
		public Previous() {
			super(false);
		}
	}
}
