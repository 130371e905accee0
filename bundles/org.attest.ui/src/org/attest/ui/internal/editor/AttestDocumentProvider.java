package org.attest.ui.internal.editor;

import java.util.function.Supplier;

import org.attest.model.Document;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * Gives the editor a document's canonical text, from the document the editor opened, instead of the file's
 * XML. The text never changes in the editor: annotations do, and the editor's session saves them.
 */
public class AttestDocumentProvider extends FileDocumentProvider {

	private final Supplier<Document> attestDocument;

	public AttestDocumentProvider(Supplier<Document> attestDocument) {
		this.attestDocument = attestDocument;
	}

	@Override
	protected boolean setDocumentContent(IDocument document, IEditorInput editorInput, String encoding)
			throws CoreException {
		document.set(attestDocument.get().getText());
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
