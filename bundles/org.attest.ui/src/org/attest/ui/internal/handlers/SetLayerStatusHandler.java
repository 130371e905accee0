package org.attest.ui.internal.handlers;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.LayerStatus;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;

/**
 * Sets how far the annotator has come with the editor's layer: the command parameter {@value #STATUS_PARAMETER}
 * is a status literal ({@code todo}, {@code in-progress}, {@code done}). Undoable like any annotation.
 */
public class SetLayerStatusHandler extends AnnotationHandler {

	/** The command's parameter: a {@link LayerStatus} literal. */
	public static final String STATUS_PARAMETER = "org.attest.ui.layerStatus"; //$NON-NLS-1$

	@Override
	void execute(ExecutionEvent event, AnnotationEditor editor, AnnotationSession session, ITextSelection selection) {
		LayerStatus status = LayerStatus.get(String.valueOf(event.getParameter(STATUS_PARAMETER)));
		if (status == null) {
			tell(editor, NLS.bind(Messages.SetLayerStatusHandler_unknownStatus, event.getParameter(STATUS_PARAMETER)));
		} else if (status != session.layer().getStatus()) {
			// not through run(): setting a status is not the kind of first change that starts the work
			session.commandStack().execute(AnnotationCommands.setStatus(session.editingDomain(), session.layer(), status));
		}
	}
}
