package org.attest.ui.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.core.team.CloneCorpusOperation;
import org.attest.core.team.ShareCorpusOperation;
import org.attest.core.team.SynchronizeOperation;
import org.attest.core.team.SynchronizeResult;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A team's shared corpus on local disk, made headlessly for UI tests: a bare repository as the remote
 * ({@code file://}), the sample corpus shared to it by a lead, annotators' clones, and what another annotator
 * does outside the workbench (annotate through the store, synchronize).
 */
public final class TeamRemote {

	private final Path folder;
	private final String url;

	private TeamRemote(Path folder, String url) {
		this.folder = folder;
		this.url = url;
	}

	/** A bare repository in {@code folder}, holding the sample corpus as the lead shared it. */
	public static TeamRemote withSamples(Path folder) throws IOException, GitAPIException {
		Path remote = folder.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		TeamRemote team = new TeamRemote(folder, remote.toUri().toString());
		Path lead = folder.resolve("lead");
		Path samples = Path.of(System.getProperty(SampleCorpus.SAMPLES_PROPERTY));
		try (Stream<Path> paths = Files.walk(samples)) {
			for (Path path : paths.toList()) {
				Path copy = lead.resolve(samples.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy);
				}
			}
		}
		new ShareCorpusOperation(lead, "lead", Optional.of(team.url)).execute(new NullProgressMonitor());
		return team;
	}

	public String url() {
		return url;
	}

	/** A new clone of the corpus for the annotator, in a folder named after them. */
	public Path cloneFor(String annotator) throws IOException {
		return new CloneCorpusOperation(url, folder.resolve(annotator)).execute(new NullProgressMonitor());
	}

	/** What the annotator's {@code attest sync} would do. */
	public static SynchronizeResult sync(Path corpus, String annotator) throws IOException {
		return new SynchronizeOperation(corpus, annotator, null).execute(new NullProgressMonitor());
	}

	/** The annotator marks the first occurrence of {@code quote} in the document as a claim, and saves. */
	public static void annotate(Path corpus, String annotator, String documentId, String quote) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		AnnotationLayer layer = store.layerFor(documentId, annotator);
		int begin = store.document(documentId).getText().indexOf(quote);
		ClaimMention claim = AttestFactory.eINSTANCE.createClaimMention();
		claim.setBegin(begin);
		claim.setEnd(begin + quote.length());
		claim.setQuote(quote);
		layer.getClaims().add(claim);
		store.save();
	}

	/** Renames a registry source in the corpus file, as the Sources view would, and saves. */
	public static void renameSource(Path corpus, String id, String name) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		store.corpus().getSources().stream().filter(source -> id.equals(source.getId())).findFirst().orElseThrow().setName(name);
		store.save();
	}
}
