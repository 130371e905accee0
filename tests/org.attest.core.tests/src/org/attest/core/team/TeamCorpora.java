package org.attest.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Annotator;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A team on local disk: a bare repository as the team's remote, the lead's copy of the sample corpus shared to
 * it, and annotators' clones; annotating writes a claim into an annotator's layer through the store.
 */
final class TeamCorpora {

	/** The sample corpus's documents, in corpus order. */
	static final String[] DOCUMENTS = { "harbor-fish-stocks", "ministry-denies-report", "riverton-dam-delay" };

	final Path work;
	final Path remote;

	TeamCorpora(Path work) throws IOException, GitAPIException {
		this.work = work;
		this.remote = work.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
	}

	/** The remote as annotators name it: a file:// URL. */
	String url() {
		return remote.toUri().toString();
	}

	/**
	 * The lead copies the sample corpus, registers the team's annotators in corpus.attest (as a lead assigns
	 * work) and shares it to the remote.
	 */
	Path leadShares(String... annotators) throws IOException {
		Path lead = copySamples(work.resolve("lead"));
		CorpusStore store = CorpusStore.open(lead);
		for (String name : annotators) {
			Annotator annotator = AttestFactory.eINSTANCE.createAnnotator();
			annotator.setName(name);
			store.corpus().getAnnotators().add(annotator);
		}
		store.save();
		new ShareCorpusOperation(lead, "lead", Optional.of(url())).execute(new NullProgressMonitor());
		return lead;
	}

	/** An annotator's clone of the team's corpus. */
	Path cloneFor(String annotator) throws IOException {
		return new CloneCorpusOperation(url(), work.resolve(annotator)).execute(new NullProgressMonitor());
	}

	SynchronizeResult sync(Path corpus, String annotator) throws IOException {
		return new SynchronizeOperation(corpus, annotator, null).execute(new NullProgressMonitor());
	}

	/** The annotator marks the first occurrence of {@code quote} in the document as a claim, and saves. */
	static void annotate(Path corpus, String annotator, String documentId, String quote, String credibility) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		AnnotationLayer layer = store.layerFor(documentId, annotator);
		String text = store.document(documentId).getText();
		int begin = text.indexOf(quote);
		if (begin < 0) {
			throw new IllegalArgumentException(quote + " is not in " + documentId);
		}
		ClaimMention claim = AttestFactory.eINSTANCE.createClaimMention();
		claim.setBegin(begin);
		claim.setEnd(begin + quote.length());
		claim.setQuote(quote);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
		store.save();
	}

	static Path layerFile(Path corpus, String annotator, String documentId) {
		return corpus.resolve("layers").resolve(annotator).resolve(documentId + ".attest");
	}

	static Path copySamples(Path to) throws IOException {
		Path samples = Path.of(System.getProperty("attest.samples"));
		try (Stream<Path> paths = Files.walk(samples)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(samples.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return to;
	}
}
