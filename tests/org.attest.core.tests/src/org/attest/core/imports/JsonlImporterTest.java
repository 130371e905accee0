package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attest.core.export.EmojiCorpus;
import org.attest.core.export.ExportOptions;
import org.attest.core.export.JsonlExporter;
import org.attest.core.export.OffsetUnit;
import org.attest.core.export.SpanOrder;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.LayerStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSONL into a corpus: the export comes back as an equal model; bad lines are reported and skipped. */
class JsonlImporterTest {

	@TempDir
	Path folder;

	@Test
	void theSamplesExportedAndImportedIntoANewCorpusAreEqual() throws IOException {
		CorpusStore samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
		Path exported = folder.resolve("samples.jsonl");
		new JsonlExporter().export(samples, ExportOptions.defaults(), exported, new NullProgressMonitor());

		CorpusStore copy = CorpusStore.create(folder.resolve("copy"), "copy", DefaultLabelSchema.create());
		ImportResult result = JsonlImporter.defaults().importFile(copy, exported);
		copy.save();

		assertEquals(List.of(), result.problems());
		assertEquals(samples.documentIds(), result.documentIds());
		CorpusStore reopened = CorpusStore.open(folder.resolve("copy"));
		assertEquals(samples.documentIds(), reopened.documentIds());
		for (String id : samples.documentIds()) {
			assertTrue(EcoreUtil.equals(samples.document(id), reopened.document(id)), id);
			assertTrue(EcoreUtil.equals(inTextOrder(samples.layer(id, CorpusStore.GOLD).orElseThrow()),
					reopened.layer(id, CorpusStore.GOLD).orElseThrow()), id);
		}
		Path again = folder.resolve("again.jsonl");
		new JsonlExporter().export(reopened, ExportOptions.defaults(), again, new NullProgressMonitor());
		assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(again));
	}

	@Test
	void utf16OffsetsImportWithTheUtf16Option() throws IOException {
		CorpusStore original = EmojiCorpus.create(folder.resolve("emoji"));
		Path exported = folder.resolve("utf16.jsonl");
		new JsonlExporter().export(original, new ExportOptions(CorpusStore.GOLD, OffsetUnit.UTF16, null), exported,
				new NullProgressMonitor());

		CorpusStore copy = CorpusStore.create(folder.resolve("copy"), "copy", DefaultLabelSchema.create());
		ImportResult result = new JsonlImporter(CorpusStore.GOLD, OffsetUnit.UTF16).importFile(copy, exported);

		assertEquals(List.of("emoji"), result.documentIds(), result.problems()::toString);
		AnnotationLayer layer = copy.layer("emoji", CorpusStore.GOLD).orElseThrow();
		assertTrue(EcoreUtil.equals(original.layer("emoji", CorpusStore.GOLD).orElseThrow(), layer));
		assertEquals(30, layer.getClaims().get(0).getBegin());

		CorpusStore wrongUnit = CorpusStore.create(folder.resolve("wrong"), "wrong", DefaultLabelSchema.create());
		ImportResult misread = JsonlImporter.defaults().importFile(wrongUnit, exported);
		assertEquals(List.of(), misread.documentIds());
		assertEquals(List.of(new ImportProblem(exported, 1,
				"claims[0]: 30..46 does not fit the text, which has 45 code points")), misread.problems());
	}

	@Test
	void utf16OffsetsInsideAnEmojiAreRefused() throws IOException {
		Path file = write("cut.jsonl",
				"{\"id\":\"cut\",\"text\":\"The 🐟 are back\",\"claims\":[{\"start\":5,\"end\":8}]}");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter(CorpusStore.GOLD, OffsetUnit.UTF16).importFile(store, file);

		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).message().startsWith("claims[0]: 5..8 cuts through a character outside"),
				result.problems()::toString);
	}

	@Test
	void aLineWithClaimsOnlyBecomesALayerOfTheChosenAnnotator() throws IOException {
		Path file = write("claims.jsonl", "{\"id\":\"m\",\"text\":\"Ana said prices will rise.\","
				+ "\"metadata\":{\"genre\":\"opinion\",\"author\":\"Bo\",\"desk\":\"economy\"},"
				+ "\"claims\":[{\"start\":9,\"end\":25,\"credibility\":\"true\"}]}");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertTrue(result.problems().isEmpty(), result.problems()::toString);
		assertEquals(Optional.empty(), store.layer("m", CorpusStore.GOLD));
		AnnotationLayer layer = store.layer("m", "ana").orElseThrow();
		assertEquals(LayerStatus.TODO, layer.getStatus());
		ClaimMention claim = layer.getClaims().get(0);
		assertEquals("prices will rise", claim.getQuote());
		assertEquals("Ana said ", claim.getPrefix());
		assertEquals(".", claim.getSuffix());
		assertEquals("true", claim.getCredibility());
		assertNull(claim.getId());
		assertEquals("opinion", store.document("m").getGenre().getLiteral());
		assertEquals("Bo", store.document("m").getAuthor());
		assertEquals("economy", store.document("m").getMetadata().get("desk"));
		assertEquals(0, store.corpus().getSources().size());
	}

	@Test
	void badLinesAreReportedWithFileAndLineAndTheOthersImport() throws IOException {
		Path file = write("bad.jsonl", String.join("\n", //
				"{\"id\":\"good-1\",\"text\":\"Plain text.\"}", //
				"{\"id\": \"broken\", \"text\": ", //
				"{\"title\":\"no id\",\"text\":\"x\"}", //
				"{\"id\":\"no-text\"}", //
				"{\"id\":\"out\",\"text\":\"short\",\"claims\":[{\"start\":0,\"end\":9}]}", //
				"{\"id\":\"reversed\",\"text\":\"short text\",\"claims\":[{\"start\":4,\"end\":2}]}", //
				"{\"id\":\"mismatch\",\"text\":\"short text\",\"claims\":[{\"start\":0,\"end\":5,\"text\":\"shirt\"}]}", //
				"{\"id\":\"unknown\",\"text\":\"Ana said so.\",\"sources\":[{\"id\":\"new-source\",\"name\":\"New\"}],"
						+ "\"claims\":[{\"id\":\"c\",\"start\":9,\"end\":11}],"
						+ "\"attributions\":[{\"claim\":\"c\",\"source\":\"nobody\"}]}", //
				"", //
				"{\"id\":\"good-2\",\"text\":\"Ana 🐟 said so.\",\"sources\":[{\"id\":\"ana\",\"name\":\"Ana\"," //
						+ "\"mentions\":[{\"start\":0,\"end\":3,\"text\":\"Ana\"}]}]," //
						+ "\"claims\":[{\"id\":\"c\",\"start\":11,\"end\":13,\"text\":\"so\"}]," //
						+ "\"attributions\":[{\"claim\":\"c\",\"source\":\"ana\",\"stance\":\"support\"," //
						+ "\"mention\":{\"start\":0,\"end\":3},\"cue\":{\"start\":6,\"end\":10,\"text\":\"said\"}}]}", //
				"{\"id\":\"good-1\",\"text\":\"again\"}", //
				"[1, 2]") + "\n");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = JsonlImporter.defaults().importFile(store, file);

		assertEquals(List.of("good-1", "good-2"), result.documentIds());
		assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 11, 12),
				result.problems().stream().map(ImportProblem::line).toList(), result.problems()::toString);
		assertTrue(result.problems().stream().allMatch(p -> p.file().equals(file)));
		List<String> messages = result.problems().stream().map(ImportProblem::message).toList();
		assertTrue(messages.get(0).startsWith("Not valid JSON"), messages.get(0));
		assertEquals("'id' is missing", messages.get(1));
		assertEquals("'text' is missing", messages.get(2));
		assertEquals("claims[0]: 0..9 does not fit the text, which has 5 code points", messages.get(3));
		assertEquals("claims[0]: end 2 is before start 4", messages.get(4));
		assertEquals("claims[0]: the text at 0..5 is \"short\", not \"shirt\"", messages.get(5));
		assertEquals("attributions[0].source: the source 'nobody' is neither among this line's sources nor in the "
				+ "corpus's registry", messages.get(6));
		assertTrue(messages.get(7).contains("'good-1'"), messages.get(7));
		assertEquals("A line must hold one JSON object (one document)", messages.get(8));
		assertEquals(file + ":2: " + messages.get(0), result.problems().get(0).toString());

		assertEquals(List.of("good-1", "good-2"), store.documentIds());
		assertEquals(List.of("ana"), store.corpus().getSources().stream().map(s -> s.getId()).toList());
		assertEquals(Optional.empty(), store.layer("good-1", CorpusStore.GOLD));
		AnnotationLayer good = store.layer("good-2", CorpusStore.GOLD).orElseThrow();
		assertEquals(12, good.getClaims().get(0).getBegin(), "code point 11 is UTF-16 12 after the emoji");
		assertEquals("said", good.getAttributions().get(0).getCue().getQuote());
		assertEquals(good.getSourceMentions().get(0), good.getAttributions().get(0).getMention());
		assertEquals(List.of(good.getAttributions().get(0).getCue()), good.getCues());
	}

	@Test
	void anUnreadableFileIsOneProblem() {
		Path missing = folder.resolve("missing.jsonl");

		ImportResult result = JsonlImporter.defaults().importFile(createQuietly(), missing);

		assertEquals(List.of(), result.documentIds());
		assertEquals(1, result.problems().size());
		assertEquals(0, result.problems().get(0).line());
	}

	private CorpusStore createQuietly() {
		try {
			return CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A copy of the layer with its spans in text order, as the export writes and the import reads them. */
	private static AnnotationLayer inTextOrder(AnnotationLayer layer) {
		AnnotationLayer copy = EcoreUtil.copy(layer);
		ECollections.sort(copy.getClaims(), SpanOrder.TEXT);
		ECollections.sort(copy.getSourceMentions(), SpanOrder.TEXT);
		ECollections.sort(copy.getCues(), SpanOrder.TEXT);
		return copy;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
