package org.attest.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * Gives the editor a document's canonical text, read from the corpus the file belongs to, instead of the
 * file's XML. The text never changes in the editor: annotations do.
 */
public class AttestDocumentProvider extends FileDocumentProvider {

	private static final String EXTENSION = '.' + CorpusStore.FILE_EXTENSION;

	@Override
	protected boolean setDocumentContent(IDocument document, IEditorInput editorInput, String encoding)
			throws CoreException {
		if (!(editorInput instanceof IFileEditorInput input) || input.getFile().getLocation() == null) {
			return super.setDocumentContent(document, editorInput, encoding);
		}
		Path file = input.getFile().getLocation().toPath();
		String name = file.getFileName().toString();
		try {
			// documents/<id>.attest lies two levels below the corpus folder
			CorpusStore store = CorpusStore.open(file.getParent().getParent());
			document.set(store.document(name.substring(0, name.length() - EXTENSION.length())).getText());
			return true;
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.AttestDocumentProvider_cannotOpen, file, e.getMessage()), e));
		}
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
