package org.attest.ui.tests.harness;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.attest.ui.internal.CorpusProjects;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * A corpus of many generated documents, open as a workspace project: for what takes long enough to be
 * watched or cancelled while it runs, such as an export.
 */
public final class GeneratedCorpus {

	/** One paragraph of a generated document's text; each document repeats it. */
	private static final String PARAGRAPH = "The council said on Tuesday that the harbor would reopen in spring, "
			+ "a claim the fishermen's cooperative disputes. \u201CWe have heard that before,\u201D its chair said.\n\n";

	private final IProject project;

	private GeneratedCorpus(IProject project) {
		this.project = project;
	}

	/**
	 * Creates a corpus of {@code documents} documents of about {@code characters} characters each in
	 * {@code folder} (new or empty) and opens it as a project.
	 */
	public static GeneratedCorpus create(Path folder, int documents, int characters) throws IOException, CoreException {
		CorpusStore store = CorpusStore.create(folder, "Generated", DefaultLabelSchema.create());
		String text = PARAGRAPH.repeat(Math.max(1, characters / PARAGRAPH.length()));
		for (int i = 0; i < documents; i++) {
			Document document = AttestFactory.eINSTANCE.createDocument();
			document.setId(id(i));
			document.setTitle("Generated article " + i);
			document.setText(text);
			store.addDocument(document);
		}
		store.save();
		return new GeneratedCorpus(CorpusProjects.open(folder, null));
	}

	public IProject project() {
		return project;
	}

	/** The corpus folder on disk. */
	public Path folder() {
		return project.getLocation().toPath();
	}

	/** The file of the document {@code generated-<number>}, as the Project Explorer shows it. */
	public IFile document(int number) {
		return project.getFile(CorpusStore.DOCUMENTS_FOLDER + "/" + id(number) + "." + CorpusStore.FILE_EXTENSION);
	}

	/** The id of the document {@code number} (from 0, in corpus order). */
	public static String id(int number) {
		return String.format("generated-%05d", number);
	}

	/** Removes the project from the workspace, leaving the folder to whoever made it. */
	public void close() throws CoreException {
		project.delete(false, true, null);
	}
}
