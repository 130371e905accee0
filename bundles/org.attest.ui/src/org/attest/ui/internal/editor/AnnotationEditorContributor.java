package org.attest.ui.internal.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.eclipse.ui.texteditor.StatusLineContributionItem;

/** The annotation editor's contributions to the workbench window: the annotator and progress in the status line. */
public class AnnotationEditorContributor extends TextEditorActionContributor {

	private final StatusLineContributionItem progress = new StatusLineContributionItem(AnnotationEditor.STATUS_PROGRESS,
			true, 36);

	@Override
	public void contributeToStatusLine(IStatusLineManager statusLineManager) {
		super.contributeToStatusLine(statusLineManager);
		statusLineManager.add(progress);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (getActiveEditorPart() instanceof ITextEditorExtension previous) {
			previous.setStatusField(null, AnnotationEditor.STATUS_PROGRESS);
		}
		super.setActiveEditor(part);
		if (part instanceof ITextEditorExtension editor) {
			editor.setStatusField(progress, AnnotationEditor.STATUS_PROGRESS);
		}
	}
}
