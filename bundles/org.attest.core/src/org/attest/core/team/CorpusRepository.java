package org.attest.core.team;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

/**
 * What the team operations agree on about a corpus kept in Git: the corpus folder is the repository's work
 * tree, its remote is {@value #REMOTE}, commits carry the annotator's name whatever the machine's Git
 * configuration says, and {@code layers/<annotator>/} is that annotator's own part of the tree.
 */
public final class CorpusRepository {

	/** The remote every corpus repository synchronizes with. */
	public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
	/** The repository's folder inside the corpus folder. */
	public static final String GIT_FOLDER = Constants.DOT_GIT;
	/** The branch a newly shared corpus starts on. */
	public static final String INITIAL_BRANCH = "main"; //$NON-NLS-1$
	/** Mail domain of annotators' commit identities: reserved (RFC 2606), so it never reaches anyone. */
	static final String IDENTITY_DOMAIN = "attest.invalid"; //$NON-NLS-1$

	static final String GITATTRIBUTES = Constants.DOT_GIT_ATTRIBUTES;
	static final String GITIGNORE = Constants.GITIGNORE_FILENAME;

	/**
	 * LF in every checkout, whatever core.autocrlf a machine has: corpus files are written with LF and their
	 * text hashes and offsets count LF line ends.
	 */
	static final String GITATTRIBUTES_CONTENT = """
			# Attest corpus: files keep LF line ends on every platform (text hashes and offsets count LF)
			* text=auto eol=lf
			*.attest text eol=lf
			""";

	/** Only what is never part of a corpus: a save in progress, and the Eclipse project's own settings. */
	static final String GITIGNORE_CONTENT = """
			# a save in progress (written beside the file, then renamed over it)
			*.saving
			# the workspace's project description and settings, local to each annotator's Eclipse
			/.project
			/.settings/
			""";

	private CorpusRepository() {
	}

	/** The repository whose work tree is exactly {@code corpus}, if the folder has been shared. */
	static Optional<Repository> open(Path corpus) throws IOException {
		Path gitDir = corpus.resolve(Constants.DOT_GIT);
		if (!Files.isDirectory(gitDir)) {
			return Optional.empty();
		}
		return Optional.of(new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setWorkTree(corpus.toFile())
				.setMustExist(true).build());
	}

	/**
	 * Records {@code url} as the corpus's remote (replacing the one recorded before), and the current branch as
	 * tracking its namesake there.
	 */
	public static void setRemote(Path corpus, String url) throws IOException {
		try (Repository repository = open(corpus)
				.orElseThrow(() -> new TeamOperationException(NLS.bind(Messages.SynchronizeOperation_notShared, corpus)))) {
			setRemote(repository, url);
		}
	}

	static void setRemote(Repository repository, String url) throws IOException {
		URIish uri;
		RemoteConfig remote;
		try {
			uri = new URIish(url);
			remote = new RemoteConfig(repository.getConfig(), REMOTE);
		} catch (URISyntaxException e) {
			throw new TeamOperationException(NLS.bind(Messages.CorpusRepository_badUrl, url, e.getMessage()), e);
		}
		StoredConfig config = repository.getConfig();
		for (URIish old : List.copyOf(remote.getURIs())) {
			remote.removeURI(old);
		}
		remote.addURI(uri);
		if (remote.getFetchRefSpecs().isEmpty()) {
			remote.addFetchRefSpec(new RefSpec().setForceUpdate(true).setSourceDestination(Constants.R_HEADS + '*',
					Constants.R_REMOTES + REMOTE + "/*")); //$NON-NLS-1$
		}
		remote.update(config);
		String branch = repository.getBranch();
		config.setString("branch", branch, "remote", REMOTE); //$NON-NLS-1$ //$NON-NLS-2$
		config.setString("branch", branch, "merge", Constants.R_HEADS + branch); //$NON-NLS-1$ //$NON-NLS-2$
		config.save();
	}

	/** Whether {@code corpus} is the work tree of a Git repository. */
	public static boolean isShared(Path corpus) {
		return Files.isDirectory(corpus.resolve(Constants.DOT_GIT));
	}

	/** The commit identity of an annotator: their name, and an address that reaches no one. */
	static PersonIdent identity(String annotator) {
		return new PersonIdent(annotator, annotator + '@' + IDENTITY_DOMAIN);
	}

	/** Refuses what is not a corpus folder, naming the missing corpus file. */
	static void requireCorpus(Path corpus) throws TeamOperationException {
		Path corpusFile = corpus.resolve(CorpusStore.CORPUS_FILE);
		if (!Files.isRegularFile(corpusFile)) {
			throw new TeamOperationException(NLS.bind(Messages.CorpusRepository_notACorpus, corpus, corpusFile));
		}
	}

	/** Writes the corpus's .gitattributes and .gitignore where they are missing; existing ones are the team's. */
	static void writeTeamFiles(Path corpus) throws IOException {
		writeIfAbsent(corpus.resolve(GITATTRIBUTES), GITATTRIBUTES_CONTENT);
		writeIfAbsent(corpus.resolve(GITIGNORE), GITIGNORE_CONTENT);
	}

	private static void writeIfAbsent(Path file, String content) throws IOException {
		if (!Files.exists(file)) {
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The annotator whose layer folder holds {@code path} (a repository path, '/' separated), or empty for a
	 * shared file (the corpus file, documents, anything outside {@code layers/<annotator>/}).
	 */
	public static Optional<String> layerOwner(String path) {
		String prefix = CorpusStore.LAYERS_FOLDER + '/';
		if (!path.startsWith(prefix)) {
			return Optional.empty();
		}
		int end = path.indexOf('/', prefix.length());
		return end < 0 ? Optional.empty() : Optional.of(path.substring(prefix.length(), end));
	}

	/** A failure as a person reads it: JGit's message, with its cause's where that says more. */
	static String describe(Throwable failure) {
		String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		Throwable cause = failure.getCause();
		if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
			text = text + ": " + cause.getMessage(); //$NON-NLS-1$
		}
		return text;
	}
}
