package org.attest.core.team;

import java.util.List;
import java.util.Optional;

/**
 * What a synchronization did.
 *
 * @param outcome            whether the corpus is now in step with the remote
 * @param commit             the commit made of the annotator's changes, if there were any (abbreviated id)
 * @param committed          the files in that commit
 * @param incoming           files the remote brought in (other annotators' layers, shared files)
 * @param outgoing           files the remote received from this corpus
 * @param conflicts          shared files changed both here and on the remote in ways that do not merge, or
 *                           local files that the remote's version would have overwritten; all left as they
 *                           are here
 * @param notCommitted       changed files that are other annotators' layers: never committed in their name
 */
public record SynchronizeResult(Outcome outcome, Optional<String> commit, List<String> committed,
		List<ChangedFile> incoming, List<ChangedFile> outgoing, List<String> conflicts, List<String> notCommitted) {

	/** How a synchronization ended. */
	public enum Outcome {
		/** Local and remote now hold the same corpus. */
		SYNCHRONIZED,
		/** Changes were committed locally; the repository has no remote to exchange them with. */
		COMMITTED_LOCALLY,
		/** A conflict stopped the merge: the local files are untouched, nothing was pushed. */
		CONFLICT
	}

	public SynchronizeResult {
		committed = List.copyOf(committed);
		incoming = List.copyOf(incoming);
		outgoing = List.copyOf(outgoing);
		conflicts = List.copyOf(conflicts);
		notCommitted = List.copyOf(notCommitted);
	}

	/** The incoming files that are other annotators' layers. */
	public List<ChangedFile> incomingLayers() {
		return incoming.stream().filter(file -> file.layerOwner().isPresent()).toList();
	}
}
