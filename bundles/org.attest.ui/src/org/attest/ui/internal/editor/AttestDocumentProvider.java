package org.attest.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * Gives the editor a document's canonical text, from the editor's session, instead of the file's XML. The
 * text never changes in the editor: annotations do, and the session saves them.
 */
public class AttestDocumentProvider extends FileDocumentProvider {

	private final Supplier<AnnotationSession> session;

	public AttestDocumentProvider(Supplier<AnnotationSession> session) {
		this.session = session;
	}

	@Override
	protected boolean setDocumentContent(IDocument document, IEditorInput editorInput, String encoding)
			throws CoreException {
		document.set(session.get().document().getText());
		return true;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}
