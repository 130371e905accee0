package org.attest.ui.internal.edit;

import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for an annotation editor: shows and edits the annotation under the caret. The
 * editor's selection is text, so the page shows the span at the selection's start (the shortest one there,
 * so a cue inside a claim wins over the claim); selections of model objects, as the Claims and Sources views
 * make, pass through. Edits run as commands on the session's command stack, and the page
 * refreshes whenever that stack changes, so undo and redo show at once.
 */
public class AnnotationPropertySheetPage extends PropertySheetPage {

	private final AnnotationSession session;
	/** Refreshes after the command, not during it: the sheet may be the one applying it. */
	private final CommandStackListener refresher = event -> {
		if (getControl() != null && !getControl().isDisposed()) {
			getControl().getDisplay().asyncExec(this::refreshIfShown);
		}
	};

	public AnnotationPropertySheetPage(AnnotationSession session) {
		this.session = session;
		setPropertySourceProvider(new ItemPropertySourceProvider(session.adapterFactory()));
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		session.commandStack().addCommandStackListener(refresher);
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		super.selectionChanged(part, selection instanceof ITextSelection text ? annotationAt(text) : selection);
	}

	@Override
	public void dispose() {
		session.commandStack().removeCommandStackListener(refresher);
		super.dispose();
	}

	private ISelection annotationAt(ITextSelection selection) {
		return session.spanAt(selection.getOffset()).<ISelection>map(StructuredSelection::new)
				.orElse(StructuredSelection.EMPTY);
	}

	private void refreshIfShown() {
		if (!getControl().isDisposed()) {
			refresh();
		}
	}
}
