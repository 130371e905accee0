package org.attest.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The editor of an Attest document ({@code documents/<id>.attest}): shows the document's text, read-only,
 * wrapped like an article. Annotation layers, highlighting and the annotation commands build on it.
 */
public class AnnotationEditor extends TextEditor {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.attest.ui.editor.annotation"; //$NON-NLS-1$

	public AnnotationEditor() {
		setDocumentProvider(new AttestDocumentProvider());
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true);
	}
}
