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
 * A private copy of the bundled sample corpus, open as a workspace project, so that a test may annotate and
 * save without touching the original (named by the system property {@value #SAMPLES_PROPERTY}) or the
 * corpus the workbench opened at startup.
 */
public final class SampleCorpus {

	/** System property naming the bundled sample corpus, which tests only read. */
	public static final String SAMPLES_PROPERTY = "attest.samples";

	private final Path folder;
	private final IProject project;

	private SampleCorpus(Path folder, IProject project) {
		this.folder = folder;
		this.project = project;
	}

	/** Copies the sample corpus into {@code folder} (new or empty) and opens the copy as a project. */
	public static SampleCorpus copyInto(Path folder) throws IOException, CoreException {
		String samples = System.getProperty(SAMPLES_PROPERTY);
		if (samples == null || !Files.isDirectory(Path.of(samples))) {
			throw new AssertionError("the system property " + SAMPLES_PROPERTY + " names no folder: " + samples);
		}
		Path source = Path.of(samples);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.toList();
		}
		for (Path file : files) {
			Path copy = folder.resolve(source.relativize(file).toString());
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

	/** The workspace file of a document, such as {@code harbor-fish-stocks}. */
	public IFile document(String id) {
		return project.getFile("documents/" + id + ".attest");
	}

	/**
	 * Closes the copy's editors without saving and removes the project from the workspace, leaving the copy on
	 * disk to whoever made its folder.
	 */
	public void close(WorkbenchTester workbench) throws CoreException {
		workbench.closeEditorsOf(project);
		project.delete(false, true, null);
	}
}
