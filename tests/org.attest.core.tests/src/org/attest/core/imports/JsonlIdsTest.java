package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.export.OffsetUnit;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids of a JSONL line that the layer and corpus files could not refer to faithfully, found by the fuzz tests
 * (tests/org.attest.core.fuzz, JsonlImporterFuzzTest, whose inputs folder keeps the lines): two spans with one
 * id (once saved and read back, an attribution pointed at the other span), and a source id with a space (the
 * layer file could not be read back). Such lines are now refused.
 */
class JsonlIdsTest {

	@TempDir
	Path folder;

	@Test
	void aLineWhoseSpansShareAnIdIsRefusedAndTheNextLineImports() throws IOException {
		Path file = Files.writeString(folder.resolve("dup.jsonl"), String.join("\n",
				"{\"id\":\"dam\",\"text\":\"Ana Ruiz said the dam will open. The ministry denied it.\","
						+ "\"claims\":[{\"id\":\"c1\",\"start\":14,\"end\":31}],"
						+ "\"sources\":[{\"id\":\"ana\",\"name\":\"Ana Ruiz\",\"mentions\":[{\"id\":\"m2\",\"start\":0,\"end\":8}]},"
						+ "{\"id\":\"ministry\",\"name\":\"The ministry\",\"mentions\":[{\"id\":\"m2\",\"start\":33,\"end\":45}]}],"
						+ "\"attributions\":[{\"claim\":\"c1\",\"source\":\"ana\",\"mention\":{\"start\":0,\"end\":8}}]}",
				"{\"id\":\"plain\",\"text\":\"No annotations here.\"}"));
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of("plain"), result.documentIds());
		assertEquals(List.of(new ImportProblem(file, 1, "sources[1].mentions[0].id: 'm2' is already the id of "
				+ "sources[0].mentions[0]; the spans and attributions of a line need different ids")), result.problems());
	}

	@Test
	void aSpanAndAnAttributionSharingAnIdAreRefusedToo() throws IOException {
		Path file = Files.writeString(folder.resolve("dup.jsonl"), "{\"id\":\"dam\",\"text\":\"Ana said so.\","
				+ "\"claims\":[{\"id\":\"x\",\"start\":9,\"end\":11}],\"sources\":[{\"id\":\"ana\",\"name\":\"Ana\"}],"
				+ "\"attributions\":[{\"id\":\"x\",\"claim\":\"x\",\"source\":\"ana\"}]}");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of(), result.documentIds());
		assertEquals(List.of(new ImportProblem(file, 1, "attributions[0].id: 'x' is already the id of claims[0]; "
				+ "the spans and attributions of a line need different ids")), result.problems());
	}

	@Test
	void aSourceIdWithASpaceIsRefused() throws IOException {
		Path file = Files.writeString(folder.resolve("space.jsonl"), "{\"id\":\"dam\",\"text\":\"Ana said so.\","
				+ "\"sources\":[{\"id\":\" ana-ruiz\",\"name\":\"Ana\",\"mentions\":[{\"start\":0,\"end\":3}]}]}");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of(), result.documentIds());
		assertEquals(List.of(new ImportProblem(file, 1, "sources[0].id: ' ana-ruiz' cannot be an id: corpus files write references to ids "
				+ "as they are, separated by spaces, so an id cannot be empty, start with '/' or hold spaces, tabs, line breaks, '&', '<' or '\"'")),
				result.problems());
	}

	@Test
	void idsThatWouldBreakTheLayerFileAreRefused() throws IOException {
		List<String> ids = List.of("", "c\td", "/x", "a&b", "a<b", "a\"b");
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			String json = ids.get(i).replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
			lines.append("{\"id\":\"d").append(i).append("\",\"text\":\"Ana said so.\",\"claims\":[{\"id\":\"").append(json)
					.append("\",\"start\":9,\"end\":11}]}\n");
		}
		Path file = Files.writeString(folder.resolve("ids.jsonl"), lines);
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of(), result.documentIds());
		assertEquals(ids.size(), result.problems().size(), result.problems()::toString);
		for (int i = 0; i < ids.size(); i++) {
			assertTrue(result.problems().get(i).message().startsWith("claims[0].id: '" + ids.get(i) + "' cannot be an id:"),
					result.problems().get(i)::toString);
		}
	}

	@Test
	void distinctIdsStillImportAndReadBackTheSameAttribution() throws IOException {
		Path file = Files.writeString(folder.resolve("ok.jsonl"), "{\"id\":\"dam\",\"text\":\"Ana Ruiz said the dam will open. The ministry denied it.\","
				+ "\"claims\":[{\"id\":\"c1\",\"start\":14,\"end\":31}],"
				+ "\"sources\":[{\"id\":\"ana\",\"name\":\"Ana Ruiz\",\"mentions\":[{\"id\":\"m1\",\"start\":0,\"end\":8}]},"
				+ "{\"id\":\"ministry\",\"name\":\"The ministry\",\"mentions\":[{\"id\":\"m2\",\"start\":33,\"end\":45}]}],"
				+ "\"attributions\":[{\"claim\":\"c1\",\"source\":\"ana\",\"mention\":{\"start\":0,\"end\":8}}]}");
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "c", DefaultLabelSchema.create());

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);
		store.save();

		assertEquals(List.of("dam"), result.documentIds(), result.problems()::toString);
		Attribution attribution = CorpusStore.open(store.folder()).layer("dam", "ana").orElseThrow().getAttributions().get(0);
		assertEquals("m1", attribution.getMention().getId());
		assertEquals("Ana Ruiz", attribution.getMention().getQuote());
	}
}
