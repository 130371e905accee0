package org.attest.ui.internal.handlers;

import java.util.Optional;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Base of the annotation commands' handlers: finds the active annotation editor, its session and text
 * selection, and runs the resulting EMF command on the session's command stack; when the selection does not
 * fit the command, it says why on the status line instead.
 */
abstract class AnnotationHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof AnnotationEditor editor && editor.session() != null
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			execute(event, editor, editor.session(), selection);
		}
		return null;
	}

	/** Does the command's work for the editor's selection. */
	abstract void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection);

	/** Runs an annotator's change; the first one to a layer still to do puts it in progress. */
	static void run(AnnotationSession session, Command command) {
		session.commandStack().execute(AnnotationCommands.startingWork(session.editingDomain(), session.layer(), command));
	}

	static void tell(AnnotationEditor editor, String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		editor.getSite().getShell().getDisplay().beep();
	}

	/** The claim under the caret (or the selection's start), or the claim of the source mention there. */
	static Optional<ClaimMention> claimAt(AnnotationSession session, ITextSelection selection) {
		Optional<ClaimMention> claim = session.claimAt(selection.getOffset());
		if (claim.isPresent()) {
			return claim;
		}
		return attributionAt(session, selection).map(Attribution::getClaim);
	}

	/**
	 * The attribution the caret stands for: the last one made for the claim under it, else the one of the
	 * source mention or cue under it.
	 */
	static Optional<Attribution> attributionAt(AnnotationSession session, ITextSelection selection) {
		Optional<Span> span = session.spanAt(selection.getOffset());
		if (span.isEmpty()) {
			return Optional.empty();
		}
		Span under = span.get();
		Optional<ClaimMention> claim = under instanceof ClaimMention c ? Optional.of(c) : session.claimAt(selection.getOffset());
		Attribution found = null;
		for (Attribution attribution : session.layer().getAttributions()) {
			boolean ofClaim = claim.isPresent() && attribution.getClaim() == claim.get();
			boolean ofSpan = under instanceof SourceMention ? attribution.getMention() == under : attribution.getCue() == under;
			if (ofClaim || ofSpan) {
				found = attribution;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The selection without the white space a drag or double-click may take in at its ends. */
	static int[] trimmed(String text, ITextSelection selection) {
		int begin = selection.getOffset();
		int end = begin + selection.getLength();
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new int[] { begin, end };
	}
}
