package org.attest.core.team;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.osgi.util.NLS;

/** Pushes the current branch to its namesake (or tracked branch) on the corpus's remote. */
final class BranchPush {

	/** Whether the remote took the push. */
	enum Outcome {
		PUSHED,
		/** Someone pushed first: fetch, merge and push again. */
		REJECTED_NOT_FAST_FORWARD
	}

	private BranchPush() {
	}

	static Outcome push(Git git, String branch, String remoteBranch, IProgressMonitor monitor) throws GitAPIException, IOException {
		RefSpec spec = new RefSpec(Constants.R_HEADS + branch + ':' + Constants.R_HEADS + remoteBranch);
		Iterable<PushResult> results = git.push().setRemote(CorpusRepository.REMOTE).setRefSpecs(spec)
				.setProgressMonitor(new GitProgressMonitor(monitor)).call();
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE:
					break;
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
					return Outcome.REJECTED_NOT_FAST_FORWARD;
				default:
					throw new TeamOperationException(NLS.bind(Messages.BranchPush_rejected, new Object[] { remoteBranch,
							result.getURI(), update.getMessage() == null ? update.getStatus() : update.getMessage() }));
				}
			}
		}
		return Outcome.PUSHED;
	}
}
