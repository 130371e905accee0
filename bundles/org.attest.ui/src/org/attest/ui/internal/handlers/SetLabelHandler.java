package org.attest.ui.internal.handlers;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;

/**
 * Sets a label of the schema, named by the command parameter {@value #LABEL_PARAMETER}: the stance of the
 * attribution under the caret, or the credibility of the claim under it. The editor binds each label's key
 * from the schema to these commands.
 */
public abstract class SetLabelHandler extends AnnotationHandler {

	/** The commands' parameter: a label id of the set. */
	public static final String LABEL_PARAMETER = "org.attest.ui.label"; //$NON-NLS-1$

	private final String setId;

	SetLabelHandler(String setId) {
		this.setId = setId;
	}

	@Override
	final void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		String label = event.getParameter(LABEL_PARAMETER);
		if (label == null || LabelSets.find(session.schema(), setId, label).isEmpty()) {
			tell(editor, NLS.bind(Messages.SetLabelHandler_unknownLabel, label, setId));
			return;
		}
		apply(editor, session, selection, label);
	}

	abstract void apply(AnnotationEditor editor, AnnotationSession session, ITextSelection selection, String label);

	/** Sets the stance of the attribution under the caret. */
	public static class Stance extends SetLabelHandler {
		public Stance() {
			super(DefaultLabelSchema.STANCE);
		}

		@Override
		void apply(AnnotationEditor editor, AnnotationSession session, ITextSelection selection, String label) {
			attributionAt(session, selection).ifPresentOrElse(
					attribution -> run(session, AnnotationCommands.setStance(session.editingDomain(), attribution, label)),
					() -> tell(editor, Messages.SetLabelHandler_noAttribution));
		}
	}

	/** Sets the credibility of the claim under the caret. */
	public static class Credibility extends SetLabelHandler {
		public Credibility() {
			super(DefaultLabelSchema.CREDIBILITY);
		}

		@Override
		void apply(AnnotationEditor editor, AnnotationSession session, ITextSelection selection, String label) {
			claimAt(session, selection).ifPresentOrElse(
					claim -> run(session, AnnotationCommands.setCredibility(session.editingDomain(), claim, label)),
					() -> tell(editor, Messages.SetLabelHandler_noClaim));
		}
	}
}
