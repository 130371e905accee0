package org.attest.core.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;

/**
 * Synchronizes an annotator's corpus with the team's remote, as {@code git commit; git pull; git push} would,
 * with the corpus's rules:
 * <ol>
 * <li>commits the annotator's own layer files ({@code layers/<annotator>/}) and the shared files (corpus file,
 * documents, anything outside {@code layers/}) that changed here, with the annotator as author and committer;
 * other annotators' layers are never committed in this annotator's name, and are reported instead;</li>
 * <li>fetches the remote and merges it. The merge is tried in memory first. A corpus file that Git's line
 * merge cannot merge is merged on the model when the two sides changed different things (two annotators
 * registering, sources added on both sides; {@link CorpusFileMerge}). When a shared file was changed
 * here and on the remote in ways that do not merge, it stops there, with every local file as it was and the
 * local commit kept, and reports the conflicting paths. Nothing is overwritten and nothing is pushed;</li>
 * <li>pushes. When someone pushed in the meantime, it fetches, merges and pushes again, a bounded number of
 * times.</li>
 * </ol>
 * What came in (other annotators' layers, shared files) and what went out is reported.
 */
public final class SynchronizeOperation {

	/** Push attempts before giving up when others keep pushing first. */
	static final int PUSH_ATTEMPTS = 5;

	private final Path corpus;
	private final String annotator;
	private final String message;
	private Runnable beforePush = () -> {
		// nothing happens between merging and pushing, except in tests that push from elsewhere right then
	};

	/**
	 * @param corpus    the corpus folder, the work tree of a repository (see {@link ShareCorpusOperation})
	 * @param annotator whose layer files are committed, and in whose name
	 * @param message   the commit message, or {@code null} for one naming the annotator
	 */
	public SynchronizeOperation(Path corpus, String annotator, String message) {
		this.corpus = corpus;
		this.annotator = annotator;
		this.message = message;
	}

	public SynchronizeResult execute(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.SynchronizeOperation_task, corpus), 100);
		CorpusRepository.requireCorpus(corpus);
		CorpusStore.requireSafeName(annotator);
		try (Repository repository = CorpusRepository.open(corpus)
				.orElseThrow(() -> new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_notShared, corpus)));
				Git git = Git.wrap(repository)) {
			requireReady(repository);
			List<String> notCommitted = new ArrayList<>();
			List<String> committed = stage(git, notCommitted);
			Optional<String> commit = committed.isEmpty() ? Optional.empty() : Optional.of(commit(git));
			progress.worked(10);
			if (!repository.getRemoteNames().contains(CorpusRepository.REMOTE)) {
				return new SynchronizeResult(SynchronizeResult.Outcome.COMMITTED_LOCALLY, commit, committed, List.of(), List.of(),
						List.of(), notCommitted);
			}
			String branch = repository.getBranch();
			String remoteBranch = remoteBranch(repository, branch);
			ObjectId start = repository.resolve(Constants.HEAD);
			for (int attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
				SubMonitor round = progress.setWorkRemaining(90 * (PUSH_ATTEMPTS - attempt)).split(90);
				git.fetch().setRemote(CorpusRepository.REMOTE).setProgressMonitor(new GitProgressMonitor(round.split(40))).call();
				ObjectId remoteTip = repository.resolve(Constants.R_REMOTES + CorpusRepository.REMOTE + '/' + remoteBranch);
				List<String> conflicts = merge(repository, remoteTip, round.split(20));
				ObjectId head = repository.resolve(Constants.HEAD);
				if (!conflicts.isEmpty()) {
					return new SynchronizeResult(SynchronizeResult.Outcome.CONFLICT, commit, committed,
							changes(repository, start, head), List.of(), conflicts, notCommitted);
				}
				beforePush.run();
				if (head == null || BranchPush.push(git, branch, remoteBranch, round.split(40)) == BranchPush.Outcome.PUSHED) {
					return new SynchronizeResult(SynchronizeResult.Outcome.SYNCHRONIZED, commit, committed,
							changes(repository, start, head), changes(repository, remoteTip, head), List.of(), notCommitted);
				}
			}
			throw new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_pushKeptFailing, PUSH_ATTEMPTS,
					repository.getConfig().getString("remote", CorpusRepository.REMOTE, "url"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (GitAPIException | RuntimeException e) {
			if (e instanceof OperationCanceledException || progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			throw new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_failed, corpus, CorpusRepository.describe(e)), e);
		}
	}

	/** Runs {@code hook} after each merge, just before pushing: tests use it to push from another clone first. */
	void beforePush(Runnable hook) {
		this.beforePush = hook;
	}

	/** A merge, rebase or cherry-pick begun with Git outside Attest must be finished there first. */
	private void requireReady(Repository repository) throws IOException {
		RepositoryState state = repository.getRepositoryState();
		if (state != RepositoryState.SAFE) {
			throw new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_notSafe, corpus, state.getDescription()));
		}
		String fullBranch = repository.getFullBranch();
		if (fullBranch == null || !fullBranch.startsWith(Constants.R_HEADS)) {
			throw new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_detachedHead, corpus));
		}
	}

	/**
	 * Stages the annotator's layer files and the changed shared files, and unstages other annotators' layers;
	 * returns the paths that the commit will hold, and adds the others' changed layers to {@code notCommitted}.
	 */
	private List<String> stage(Git git, List<String> notCommitted) throws GitAPIException {
		Status status = git.status().call();
		Set<String> changed = new TreeSet<>();
		changed.addAll(status.getModified());
		changed.addAll(status.getUntracked());
		changed.addAll(status.getMissing());
		Set<String> staged = new TreeSet<>();
		staged.addAll(status.getAdded());
		staged.addAll(status.getChanged());
		staged.addAll(status.getRemoved());
		AddCommand add = git.add();
		RmCommand remove = git.rm().setCached(true);
		ResetCommand unstage = git.reset();
		boolean adding = false;
		boolean removing = false;
		boolean unstaging = false;
		for (String path : changed) {
			if (!isMine(path)) {
				notCommitted.add(path);
			} else if (status.getMissing().contains(path)) {
				remove.addFilepattern(path);
				removing = true;
			} else {
				add.addFilepattern(path);
				adding = true;
			}
		}
		for (String path : staged) {
			if (!isMine(path)) {
				unstage.addPath(path);
				unstaging = true;
				if (!notCommitted.contains(path)) {
					notCommitted.add(path);
				}
			}
		}
		if (adding) {
			add.call();
		}
		if (removing) {
			remove.call();
		}
		if (unstaging) {
			unstage.call();
		}
		Status after = git.status().call();
		Set<String> toCommit = new TreeSet<>();
		toCommit.addAll(after.getAdded());
		toCommit.addAll(after.getChanged());
		toCommit.addAll(after.getRemoved());
		return List.copyOf(toCommit);
	}

	/** The annotator's own layer files and the shared files are theirs to commit; others' layers are not. */
	private boolean isMine(String path) {
		return CorpusRepository.layerOwner(path).map(annotator::equals).orElse(Boolean.TRUE).booleanValue();
	}

	private String commit(Git git) throws GitAPIException {
		PersonIdent identity = CorpusRepository.identity(annotator);
		String text = message != null && !message.isBlank() ? message
				: NLS.bind(Messages.SynchronizeOperation_defaultMessage, annotator);
		RevCommit commit = git.commit().setAuthor(identity).setCommitter(identity).setSign(Boolean.FALSE).setMessage(text).call();
		return commit.abbreviate(7).name();
	}

	/** The branch this one tracks on the remote (its namesake unless configured otherwise). */
	private static String remoteBranch(Repository repository, String branch) {
		String merge = new BranchConfig(repository.getConfig(), branch).getMerge();
		return merge != null && merge.startsWith(Constants.R_HEADS) ? merge.substring(Constants.R_HEADS.length()) : branch;
	}

	/**
	 * Brings the remote's commit into the current branch and the files: nothing when it is already contained,
	 * a fast-forward when the local branch has nothing new, else a merge commit in the annotator's name. The
	 * merge is computed in memory first; the files change only when it has no conflict and touches no file
	 * changed here and not committed. Returns the conflicting paths (empty when merged).
	 */
	private List<String> merge(Repository repository, ObjectId remoteTip, IProgressMonitor monitor) throws IOException {
		if (remoteTip == null) {
			return List.of();
		}
		ObjectId headId = repository.resolve(Constants.HEAD);
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit remote = walk.parseCommit(remoteTip);
			if (headId == null) {
				return checkout(repository, null, remote, monitor);
			}
			RevCommit local = walk.parseCommit(headId);
			if (walk.isMergedInto(remote, local)) {
				return List.of();
			}
			walk.reset();
			if (walk.isMergedInto(local, remote)) {
				return checkout(repository, local, remote, monitor);
			}
			ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
			ObjectId tree;
			if (merger.merge(local, remote)) {
				tree = merger.getResultTreeId();
			} else {
				List<String> conflicts = new ArrayList<>(merger.getUnmergedPaths());
				if (conflicts.isEmpty() && merger.getFailingPaths() != null) {
					conflicts.addAll(merger.getFailingPaths().keySet());
				}
				Optional<ObjectId> resolved = conflicts.equals(List.of(CorpusStore.CORPUS_FILE))
						? mergeCorpusFile(repository, merger.getBaseCommitId(), local, remote)
						: Optional.empty();
				if (resolved.isEmpty()) {
					return conflicts;
				}
				tree = resolved.get();
			}
			RevCommit merged = walk.parseCommit(commitMerge(repository, tree, local, remote));
			return checkout(repository, local, merged, monitor);
		}
	}

	/**
	 * When the corpus file is the only file Git's line merge could not merge, merges it on the model (see
	 * {@link CorpusFileMerge}); returns the merged tree, or empty when the corpus file really conflicts.
	 */
	private Optional<ObjectId> mergeCorpusFile(Repository repository, ObjectId base, RevCommit local, RevCommit remote)
			throws IOException {
		if (base == null) {
			return Optional.empty();
		}
		Optional<byte[]> merged;
		try (RevWalk walk = new RevWalk(repository)) {
			Optional<byte[]> baseFile = blob(repository, walk.parseCommit(base), CorpusStore.CORPUS_FILE);
			Optional<byte[]> ourFile = blob(repository, local, CorpusStore.CORPUS_FILE);
			Optional<byte[]> theirFile = blob(repository, remote, CorpusStore.CORPUS_FILE);
			if (baseFile.isEmpty() || ourFile.isEmpty() || theirFile.isEmpty()) {
				return Optional.empty();
			}
			merged = CorpusFileMerge.merge(baseFile.get(), ourFile.get(), theirFile.get(), corpus.resolve(CorpusStore.CORPUS_FILE));
		} catch (CorpusStoreException e) {
			// a version that does not read as a corpus (conflict markers committed, say) is a conflict to show
			return Optional.empty();
		}
		if (merged.isEmpty()) {
			return Optional.empty();
		}
		// every other file merged cleanly, so taking our side of the corpus file's hunks only to replace it is safe
		ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
		merger.setContentMergeStrategy(ContentMergeStrategy.OURS);
		if (!merger.merge(local, remote)) {
			return Optional.empty();
		}
		return Optional.of(replaceFile(repository, merger.getResultTreeId(), CorpusStore.CORPUS_FILE, merged.get()));
	}

	private static Optional<byte[]> blob(Repository repository, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return walk == null ? Optional.empty() : Optional.of(repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
		}
	}

	/** The tree with the file at {@code path} holding {@code content} instead. */
	private static ObjectId replaceFile(Repository repository, ObjectId tree, String path, byte[] content) throws IOException {
		try (ObjectInserter inserter = repository.newObjectInserter(); ObjectReader reader = inserter.newReader()) {
			ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
			DirCache index = DirCache.newInCore();
			DirCacheBuilder builder = index.builder();
			builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, tree);
			builder.finish();
			DirCacheEditor editor = index.editor();
			editor.add(new DirCacheEditor.PathEdit(path) {
				@Override
				public void apply(DirCacheEntry entry) {
					entry.setFileMode(FileMode.REGULAR_FILE);
					entry.setObjectId(blob);
				}
			});
			editor.finish();
			ObjectId merged = index.writeTree(inserter);
			inserter.flush();
			return merged;
		}
	}

	private ObjectId commitMerge(Repository repository, ObjectId tree, RevCommit local, RevCommit remote) throws IOException {
		PersonIdent identity = CorpusRepository.identity(annotator);
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		commit.setParentIds(local, remote);
		commit.setAuthor(identity);
		commit.setCommitter(identity);
		commit.setMessage(NLS.bind(Messages.SynchronizeOperation_mergeMessage, CorpusRepository.REMOTE));
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return id;
		}
	}

	/**
	 * Moves the files and the branch from {@code from} to {@code to}. A file changed here and not committed that
	 * the move would overwrite stops it before anything is written: that file is returned as a conflict.
	 */
	private static List<String> checkout(Repository repository, RevCommit from, RevCommit to, IProgressMonitor monitor)
			throws IOException {
		DirCacheCheckout checkout = from == null ? new DirCacheCheckout(repository, repository.lockDirCache(), to.getTree())
				: new DirCacheCheckout(repository, from.getTree(), repository.lockDirCache(), to.getTree());
		checkout.setFailOnConflict(true);
		checkout.setProgressMonitor(new GitProgressMonitor(monitor));
		try {
			checkout.checkout();
		} catch (CheckoutConflictException e) {
			return List.of(e.getConflictingFiles());
		}
		RefUpdate update = repository.updateRef(Constants.HEAD);
		update.setNewObjectId(to);
		update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
		update.setRefLogMessage("attest sync: " + to.getShortMessage(), false); //$NON-NLS-1$
		RefUpdate.Result result = update.update();
		if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
			throw new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_cannotUpdateBranch, repository.getFullBranch(), result));
		}
		return List.of();
	}

	/** The files that differ between two commits ({@code from} null: every file of {@code to} is added). */
	static List<ChangedFile> changes(Repository repository, ObjectId from, ObjectId to) throws IOException {
		if (to == null || to.equals(from)) {
			return List.of();
		}
		List<ChangedFile> changes = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			tree.setRecursive(true);
			tree.setFilter(TreeFilter.ANY_DIFF);
			if (from == null) {
				tree.addTree(new EmptyTreeIterator());
			} else {
				tree.addTree(walk.parseCommit(from).getTree());
			}
			tree.addTree(walk.parseCommit(to).getTree());
			for (DiffEntry entry : DiffEntry.scan(tree)) {
				switch (entry.getChangeType()) {
				case ADD -> changes.add(new ChangedFile(entry.getNewPath(), ChangedFile.Change.ADDED));
				case DELETE -> changes.add(new ChangedFile(entry.getOldPath(), ChangedFile.Change.DELETED));
				default -> changes.add(new ChangedFile(entry.getNewPath(), ChangedFile.Change.MODIFIED));
				}
			}
		}
		return changes;
	}
}
