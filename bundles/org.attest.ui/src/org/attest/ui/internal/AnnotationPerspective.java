package org.attest.ui.internal;

import org.attest.ui.internal.views.ClaimsView;
import org.attest.ui.internal.views.SourcesView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.navigator.resources.ProjectExplorer;

/**
 * The "Annotation" perspective: corpus on the left, the document in the middle with its claims below it
 * (beside properties and problems), the outline and the corpus's sources on the right.
 */
public class AnnotationPerspective implements IPerspectiveFactory {

	/** The perspective's id, as declared in plugin.xml. */
	public static final String ID = "org.attest.ui.perspective.annotation"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(ProjectExplorer.VIEW_ID, IPageLayout.LEFT, 0.22f, editorArea);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editorArea);
		layout.addView(SourcesView.ID, IPageLayout.BOTTOM, 0.5f, IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editorArea); //$NON-NLS-1$
		bottom.addView(ClaimsView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addShowViewShortcut(ProjectExplorer.VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(ClaimsView.ID);
		layout.addShowViewShortcut(SourcesView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
