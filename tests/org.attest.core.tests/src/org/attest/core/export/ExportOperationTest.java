package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An export is of the corpus as saved when it starts: a save made while it runs is in no document of it, and
 * a cancelled or failed export leaves neither output nor snapshot. The sample corpus lists harbor-fish-stocks,
 * ministry-denies-report and riverton-dam-delay in that order; the gold layer of riverton-dam-delay rates the
 * claim e8620389-… "barely-true", and no source of the registry is "harlan-voss" (samples/).
 */
class ExportOperationTest {

	private static final String LAST_DOCUMENT = "riverton-dam-delay";
	private static final String CLAIM = "e8620389-f382-49de-bf3c-3a45eca78ee1";

	@TempDir
	Path temp;

	private Path corpus;
	private Path exports;

	@BeforeEach
	void copySamples() throws IOException {
		corpus = SampleCopy.open(temp).folder();
		exports = Files.createDirectories(temp.resolve("exports"));
	}

	@Test
	void aSaveWhileTheExportRunsIsNotInIt() throws IOException {
		Path target = exports.resolve("corpus.jsonl");
		// the annotator saves while the first document is being exported, long before the last one is read
		NullProgressMonitor savingDuringTheFirstDocument = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.equals("harbor-fish-stocks")) {
					saveAnEditorsWork(corpus);
				}
			}
		};

		new ExportOperation(corpus, new JsonlExporter(), ExportOptions.defaults(), target).execute(savingDuringTheFirstDocument);

		JsonObject exported = line(target, LAST_DOCUMENT);
		assertEquals("barely-true", claim(exported).get("credibility").getAsString());
		assertTrue(sourceIds(exported).stream().noneMatch("harlan-voss"::equals), exported::toString);
		// the save did happen, and an export started after it has it
		Path later = exports.resolve("later.jsonl");
		new ExportOperation(corpus, new JsonlExporter(), ExportOptions.defaults(), later).execute(new NullProgressMonitor());
		assertEquals("pants-fire", claim(line(later, LAST_DOCUMENT)).get("credibility").getAsString());
		assertTrue(sourceIds(line(later, LAST_DOCUMENT)).contains("harlan-voss"));
		assertEquals(List.of(exports, corpus), entriesOf(temp), "no snapshot is left");
	}

	@Test
	void cancellingMidExportLeavesNoOutputAndNoSnapshot() throws IOException {
		for (CorpusExporter exporter : List.of(new JsonlExporter(), new BratExporter())) {
			NullProgressMonitor cancelledAfterTheFirstDocument = new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					setCanceled(true);
				}
			};

			assertThrows(OperationCanceledException.class, () -> new ExportOperation(corpus, exporter, ExportOptions.defaults(),
					exports.resolve("corpus-" + exporter.format())).execute(cancelledAfterTheFirstDocument));

			assertEquals(List.of(), entriesOf(exports), exporter.format());
			assertEquals(List.of(exports, corpus), entriesOf(temp), exporter.format() + ": no snapshot is left");
		}
	}

	@Test
	void aBadCorpusFileIsNamedAsTheCorpusFileAndNothingIsLeft() throws IOException {
		Path document = corpus.resolve("documents/riverton-dam-delay.attest");
		Files.writeString(document, Files.readString(document, StandardCharsets.UTF_8).replace("id=\"riverton-dam-delay\"",
				"id=\"../../escape\""), StandardCharsets.UTF_8);

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> new ExportOperation(corpus,
				new JsonlExporter(), ExportOptions.defaults(), exports.resolve("corpus.jsonl")).execute(new NullProgressMonitor()));

		assertEquals(document + " holds the document '../../escape', not 'riverton-dam-delay': a document file must be named "
				+ "after its document's id", refused.getMessage());
		assertEquals(List.of(), entriesOf(exports));
		assertEquals(List.of(exports, corpus), entriesOf(temp));
	}

	/** What saving an editor writes: a claim rated anew in the gold layer, and a new registry source it names. */
	private static void saveAnEditorsWork(Path folder) {
		try {
			CorpusStore store = CorpusStore.open(folder);
			Source source = AttestFactory.eINSTANCE.createSource();
			source.setId("harlan-voss");
			source.setName("Harlan Voss");
			store.corpus().getSources().add(source);
			AnnotationLayer layer = store.layer(LAST_DOCUMENT, CorpusStore.GOLD).orElseThrow();
			ClaimMention claim = layer.getClaims().stream().filter(c -> CLAIM.equals(c.getId())).findFirst().orElseThrow();
			claim.setCredibility("pants-fire");
			Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
			attribution.setClaim(claim);
			attribution.setSource(source);
			attribution.setStance("deny");
			layer.getAttributions().add(attribution);
			store.save();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static JsonObject line(Path export, String id) throws IOException {
		return Files.readAllLines(export, StandardCharsets.UTF_8).stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
				.filter(line -> id.equals(line.get("id").getAsString())).findFirst().orElseThrow();
	}

	private static JsonObject claim(JsonObject line) {
		for (JsonElement claim : line.getAsJsonArray("claims")) {
			if (CLAIM.equals(claim.getAsJsonObject().get("id").getAsString())) {
				return claim.getAsJsonObject();
			}
		}
		throw new AssertionError("no claim " + CLAIM + " in " + line);
	}

	private static List<String> sourceIds(JsonObject line) {
		return line.getAsJsonArray("sources").asList().stream().map(source -> source.getAsJsonObject().get("id").getAsString())
				.toList();
	}

	private static List<Path> entriesOf(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
	}
}
