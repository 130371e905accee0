package org.attest.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** Makes a corpus folder on disk available as a project in the workspace, in place (nothing is copied). */
public final class CorpusProjects {

	private CorpusProjects() {
	}

	/**
	 * Returns the open workspace project located at {@code folder}, creating it (named after the folder) when
	 * the workspace has none there yet.
	 */
	public static IProject open(Path folder, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Optional<IProject> existing = find(folder);
		if (existing.isPresent()) {
			existing.get().open(progress.split(3));
			return existing.get();
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath location = locationOf(folder);
		IProject project = workspace.getRoot().getProject(uniqueName(workspace, location.lastSegment()));
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		// a folder directly inside the workspace is the project's default location and must not be set explicitly
		if (!location.removeLastSegments(1).equals(workspace.getRoot().getLocation())) {
			description.setLocation(location);
		}
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// Attest texts are UTF-8 whatever the platform's default
		project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return project;
	}

	/** The workspace project located at {@code folder}, if there is one. */
	public static Optional<IProject> find(Path folder) {
		IPath location = locationOf(folder);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (location.equals(project.getLocation())) {
				return Optional.of(project);
			}
		}
		return Optional.empty();
	}

	/** The corpus's first document ({@code documents/*.attest}) in name order, if it has any. */
	public static Optional<IFile> firstDocument(IProject project) throws CoreException {
		Path folder = project.getFolder(CorpusStore.DOCUMENTS_FOLDER).getLocation().toPath();
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
					.filter(name -> name.endsWith('.' + CorpusStore.FILE_EXTENSION)).min(Comparator.naturalOrder())
					.map(name -> project.getFolder(CorpusStore.DOCUMENTS_FOLDER).getFile(name));
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	private static IPath locationOf(Path folder) {
		return IPath.fromPath(folder.toAbsolutePath().normalize());
	}

	private static String uniqueName(IWorkspace workspace, String name) {
		String candidate = name;
		for (int i = 2; workspace.getRoot().getProject(candidate).exists(); i++) {
			candidate = name + " (" + i + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return candidate;
	}
}
