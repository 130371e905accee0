package org.attest.ui.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.ui.internal.CorpusProjects;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * A copy of the bundled sample corpus (system property {@value #SAMPLES_PROPERTY}) in a folder of the test's
 * own, open as a workspace project: tests may change and save it while the samples stay as they are.
 */
public final class SampleCorpus {

	/** System property naming the sample corpus folder; read only. */
	public static final String SAMPLES_PROPERTY = "attest.samples";

	private final Path folder;
	private final IProject project;

	private SampleCorpus(Path folder, IProject project) {
		this.folder = folder;
		this.project = project;
	}

	/** Copies the samples into {@code folder} (an empty or missing folder) and opens the copy as a project. */
	public static SampleCorpus copyTo(Path folder) throws IOException, CoreException {
		Path samples = Path.of(System.getProperty(SAMPLES_PROPERTY));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(samples)) {
			files = walk.toList();
		}
		for (Path file : files) {
			Path copy = folder.resolve(samples.relativize(file).toString());
			if (Files.isDirectory(file)) {
				Files.createDirectories(copy);
			} else {
				Files.copy(file, copy);
			}
		}
		return new SampleCorpus(folder, CorpusProjects.open(folder, null));
	}

	public Path folder() {
		return folder;
	}

	public IProject project() {
		return project;
	}

	/** The file of the document with this id ({@code documents/<id>.attest}). */
	public IFile document(String id) {
		return project.getFile("documents/" + id + ".attest");
	}

	/** Closes the copy's editors without saving and removes the project from the workspace, leaving the files. */
	public void close(WorkbenchTester workbench) throws CoreException {
		workbench.closeEditorsOf(project);
		project.delete(false, true, null);
	}
}
