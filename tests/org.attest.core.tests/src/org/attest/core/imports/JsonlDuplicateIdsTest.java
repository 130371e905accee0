package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Two spans of a JSONL line with one id: the layer file refers to spans by id, so once saved and read back an
 * attribution pointed at the other span. Found by the fuzz tests (tests/org.attest.core.fuzz,
 * JsonlImporterFuzzTest, whose inputs folder keeps the line); such a line is now refused.
 */
class JsonlDuplicateIdsTest {

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
