package org.attest.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.attest.core.store.CorpusFiles;
import org.attest.model.Annotator;
import org.attest.model.AttestFactory;
import org.attest.model.Corpus;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The corpus file's model merge, on the sample corpus's file: changes to different things merge, the same
 * thing changed two ways does not (and then nothing is merged at all).
 */
class CorpusFileMergeTest {

	private static final Path FILE = Path.of(System.getProperty("attest.samples"), "corpus.attest");

	@Test
	void aSchemaChangeHereAndASourceAddedThereAreBothKept() throws IOException {
		byte[] base = Files.readAllBytes(FILE);
		byte[] ours = edit(base, corpus -> corpus.getSchema().getLabelSets().get(0).getLabels().get(0).setName("Supports"));
		byte[] theirs = edit(base, corpus -> corpus.getSources().add(source("new-source", "New Source")));

		Corpus merged = CorpusFiles.read(CorpusFileMerge.merge(base, ours, theirs, FILE).orElseThrow(), FILE);

		assertEquals("Supports", merged.getSchema().getLabelSets().get(0).getLabels().get(0).getName());
		assertEquals("new-source", merged.getSources().get(merged.getSources().size() - 1).getId());
	}

	@Test
	void theSameAnnotatorRegisteredOnBothSidesIsListedOnce() throws IOException {
		byte[] base = Files.readAllBytes(FILE);
		byte[] both = edit(base, corpus -> corpus.getAnnotators().add(annotator("carol")));

		Corpus merged = CorpusFiles.read(CorpusFileMerge.merge(base, both, both, FILE).orElseThrow(), FILE);

		assertEquals(List.of("gold", "ana", "carol"), merged.getAnnotators().stream().map(Annotator::getName).toList());
	}

	@Test
	void aSourceChangedHereAndDeletedThereIsAConflict() throws IOException {
		byte[] base = Files.readAllBytes(FILE);
		byte[] ours = edit(base, corpus -> find(corpus, "renata-cole").setReliability("5"));
		byte[] theirs = edit(base, corpus -> corpus.getSources().remove(find(corpus, "renata-cole")));

		assertEquals(Optional.empty(), CorpusFileMerge.merge(base, ours, theirs, FILE));
	}

	@Test
	void theSameSourceAddedTwoWaysIsAConflict() throws IOException {
		byte[] base = Files.readAllBytes(FILE);
		byte[] ours = edit(base, corpus -> corpus.getSources().add(source("harbor-master", "Harbor master")));
		byte[] theirs = edit(base, corpus -> corpus.getSources().add(source("harbor-master", "Harbour Master")));

		assertEquals(Optional.empty(), CorpusFileMerge.merge(base, ours, theirs, FILE));
	}

	@Test
	void nothingChangedOnEitherSideGivesTheSameBytes() throws IOException {
		byte[] base = Files.readAllBytes(FILE);

		byte[] merged = CorpusFileMerge.merge(base, base, base, FILE).orElseThrow();

		assertTrue(java.util.Arrays.equals(base, merged), "the store's own bytes for the unchanged model");
	}

	private static byte[] edit(byte[] content, Consumer<Corpus> change) throws IOException {
		Corpus corpus = CorpusFiles.read(content, FILE);
		change.accept(corpus);
		return CorpusFiles.write(corpus);
	}

	private static Source find(Corpus corpus, String id) {
		return corpus.getSources().stream().filter(source -> id.equals(source.getId())).findFirst().orElseThrow();
	}

	private static Source source(String id, String name) {
		Source source = AttestFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setName(name);
		return source;
	}

	private static Annotator annotator(String name) {
		Annotator annotator = AttestFactory.eINSTANCE.createAnnotator();
		annotator.setName(name);
		return annotator;
	}
}
