package org.attest.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.util.FileUtils;
import org.eclipse.osgi.util.NLS;

/**
 * Clones a shared corpus from a remote into a new (or empty) folder and checks that what arrived is a corpus.
 * When the clone fails, or the remote holds no corpus, the folder is left as it was found.
 */
public final class CloneCorpusOperation {

	private final String remote;
	private final Path folder;

	/**
	 * @param remote a Git URL ({@code file://}, {@code https://}) or a local repository path
	 * @param folder where the corpus goes: a folder that does not exist yet, or an empty one
	 */
	public CloneCorpusOperation(String remote, Path folder) {
		this.remote = remote;
		this.folder = folder;
	}

	/** Clones; returns the corpus folder. */
	public Path execute(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.CloneCorpusOperation_task, remote), 10);
		boolean existed = Files.exists(folder);
		if (existed && !isEmptyFolder(folder)) {
			throw new TeamOperationException(NLS.bind(Messages.CloneCorpusOperation_targetNotEmpty, folder));
		}
		try (Git git = Git.cloneRepository().setURI(remote).setDirectory(folder.toFile())
				.setProgressMonitor(new GitProgressMonitor(progress.split(9))).call()) {
			// the repository is only opened to clone; the folder is what the caller works with
		} catch (GitAPIException | RuntimeException e) {
			restore(existed);
			if (e instanceof OperationCanceledException || progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			throw new TeamOperationException(NLS.bind(Messages.CloneCorpusOperation_failed, remote, CorpusRepository.describe(e)), e);
		}
		if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
			restore(existed);
			throw new TeamOperationException(NLS.bind(Messages.CloneCorpusOperation_noCorpus, remote, CorpusStore.CORPUS_FILE));
		}
		progress.worked(1);
		return folder;
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes what the clone wrote, leaving an empty folder that was there before as it was. */
	private void restore(boolean existed) throws IOException {
		FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
		if (existed) {
			Files.createDirectories(folder);
		}
	}
}
