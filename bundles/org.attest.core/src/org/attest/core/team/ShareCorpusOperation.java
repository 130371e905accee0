package org.attest.core.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.osgi.util.NLS;

/**
 * Makes a corpus folder a Git repository the team can share: initializes one when the folder has none, adds a
 * .gitattributes (LF everywhere) and a .gitignore (saves in progress, Eclipse project files) where they are
 * missing, commits the corpus as it is when the repository has no commit yet, and, given a remote, records it
 * as {@value CorpusRepository#REMOTE} and pushes the current branch there.
 */
public final class ShareCorpusOperation {

	/**
	 * What sharing did.
	 *
	 * @param created whether a new repository was initialized
	 * @param commit  the initial commit, when one was made (abbreviated id)
	 * @param remote  the remote the corpus was pushed to, if one was given
	 */
	public record ShareResult(boolean created, Optional<String> commit, Optional<String> remote) {
	}

	private final Path corpus;
	private final String annotator;
	private final Optional<String> remote;

	/**
	 * @param corpus    the corpus folder
	 * @param annotator who shares it: the initial commit's author
	 * @param remote    the team's (empty) repository to push to, if there is one yet
	 */
	public ShareCorpusOperation(Path corpus, String annotator, Optional<String> remote) {
		this.corpus = corpus;
		this.annotator = annotator;
		this.remote = remote;
	}

	public ShareResult execute(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ShareCorpusOperation_task, corpus), 10);
		CorpusRepository.requireCorpus(corpus);
		CorpusStore.requireSafeName(annotator);
		boolean created = !CorpusRepository.isShared(corpus);
		try {
			if (created) {
				Git.init().setDirectory(corpus.toFile()).setInitialBranch(CorpusRepository.INITIAL_BRANCH).call().close();
			}
			CorpusRepository.writeTeamFiles(corpus);
			try (Repository repository = CorpusRepository.open(corpus).orElseThrow(); Git git = Git.wrap(repository)) {
				Optional<String> commit = Optional.empty();
				if (repository.resolve(Constants.HEAD) == null) {
					git.add().addFilepattern(".").call(); //$NON-NLS-1$
					PersonIdent identity = CorpusRepository.identity(annotator);
					RevCommit initial = git.commit().setAuthor(identity).setCommitter(identity).setSign(Boolean.FALSE)
							.setMessage(NLS.bind(Messages.ShareCorpusOperation_initialMessage, corpus.getFileName())).call();
					commit = Optional.of(initial.abbreviate(7).name());
				}
				progress.worked(3);
				if (remote.isPresent()) {
					CorpusRepository.setRemote(repository, remote.get());
					String branch = repository.getBranch();
					if (BranchPush.push(git, branch, branch, progress.split(7)) != BranchPush.Outcome.PUSHED) {
						throw new TeamOperationException(NLS.bind(Messages.ShareCorpusOperation_remoteHasHistory, remote.get()));
					}
				}
				return new ShareResult(created, commit, remote);
			}
		} catch (GitAPIException | RuntimeException e) {
			if (e instanceof OperationCanceledException || progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			throw new TeamOperationException(NLS.bind(Messages.ShareCorpusOperation_failed, corpus, CorpusRepository.describe(e)), e);
		}
	}
}
