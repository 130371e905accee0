package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.export.OffsetUnit;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters that corpus files (XML 1.0) cannot hold, such as a control character: importing one made a
 * document that could not be saved, and the failing save took the rest of the batch with it. Found by the fuzz
 * tests (tests/org.attest.core.fuzz); their inputs folders keep the inputs. Verbatim text (.txt, JSONL) is
 * refused with the place of the character; a page's text, which the importer extracts anyway, leaves it out,
 * as a browser shows nothing for it.
 */
class UnstorableCharactersTest {

	@TempDir
	Path temp;
	private CorpusStore store;
	private Path inbox;

	@BeforeEach
	void createCorpus() throws IOException {
		store = CorpusStore.create(temp.resolve("corpus"), "Imports", DefaultLabelSchema.create());
		inbox = Files.createDirectories(temp.resolve("inbox"));
	}

	@Test
	void aTextFileWithAControlCharacterIsRefusedWithItsPlace() throws IOException {
		// "Café\n" is 6 bytes in UTF-8, "Dam " 4 more: the SYN character (U+0016) is at byte offset 10, line 2
		Path file = write("synchronous.txt", "Café\nDam \u0016delayed\n".getBytes(StandardCharsets.UTF_8));

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of(), result.documentIds());
		assertEquals(List.of(new ImportProblem(file, 2, file + " has the character U+0016 at byte offset 10 (line 2), which corpus files"
				+ " (XML) cannot hold (a control character or a noncharacter); remove it and import the file again")), result.problems());
		assertEquals(List.of(), store.documentIds());
	}

	@Test
	void aTextFileWithANoncharacterIsRefused() throws IOException {
		// after a byte order mark (3 bytes) and "ab" (2), U+FFFF is at byte offset 5
		byte[] bomAndText = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '\n' };
		Path file = write("nonchar.txt", bomAndText);

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of(), result.documentIds());
		assertTrue(result.problems().get(0).message().startsWith(file + " has the character U+FFFF at byte offset 5 (line 1)"),
				result.problems()::toString);
	}

	@Test
	void aFormFeedInATextFileIsRefusedAndTheNextFileOfTheBatchImports() throws IOException {
		Path bad = write("a-page-break.txt", "Page one\fPage two\n".getBytes(StandardCharsets.UTF_8));
		Path good = write("b-good.txt", "Dam opens\n\nThe dam opened.\n".getBytes(StandardCharsets.UTF_8));

		List<ImportResult> results = new CorpusImport().run(store, List.of(inbox), "ana", null);

		assertEquals(2, results.size());
		assertEquals(List.of(), results.get(0).documentIds());
		assertTrue(results.get(0).problems().get(0).message().contains("U+000C"), results.get(0).problems()::toString);
		assertEquals(List.of("b-good"), results.get(1).documentIds());
		assertEquals(List.of(), results.get(1).problems());
		assertEquals(List.of("b-good"), CorpusStore.open(store.folder()).documentIds());
		assertEquals(bad, results.get(0).file());
		assertEquals(good, results.get(1).file());
	}

	@Test
	void aJsonlLineWithAnUnstorableStringIsRefusedAndTheOtherLinesImport() throws IOException {
		Path file = write("lines.jsonl", String.join("\n", //
				"{\"id\":\"form-feed\",\"text\":\"Page one\\fPage two\"}", //
				"{\"id\":\"noncharacter\",\"text\":\"Fish\",\"title\":\"\\uffff\"}", //
				"{\"id\":\"control-in-note\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":9,\"end\":11,\"note\":\"ok\\u0001\"}]}", //
				"{\"id\":\"control-in-key\",\"text\":\"x\",\"metadata\":{\"desk\\u0002\":\"news\"}}", //
				"{\"id\":\"good\",\"text\":\"Clean text.\"}").getBytes(StandardCharsets.UTF_8));

		ImportResult result = new JsonlImporter("ana", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of("good"), result.documentIds());
		String ending = ", which corpus files (XML) cannot hold (a control character or a noncharacter); remove it";
		assertEquals(List.of(new ImportProblem(file, 1, "text has the character U+000C at code point 8" + ending),
				new ImportProblem(file, 2, "title has the character U+FFFF at code point 0" + ending),
				new ImportProblem(file, 3, "claims[0].note has the character U+0001 at code point 2" + ending),
				new ImportProblem(file, 4, "metadata has the character U+0002 at code point 4" + ending)), result.problems());
		store.save();
		assertEquals(List.of("good"), CorpusStore.open(store.folder()).documentIds());
	}

	@Test
	void aPageLeavesOutControlCharactersAndSaves() throws IOException {
		Path file = write("page.html", ("<html><head><title>Dam\u000B news</title></head><body><article>"
				+ "<h1>Dam&#x16; delayed</h1><p>The dam&#x1; is late.\u000C</p><p>Work &#xFFFF;resumes&#xD800; in May.</p>"
				+ "</article></body></html>").getBytes(StandardCharsets.UTF_8));

		ImportResult result = new HtmlImporter().importFile(store, file, "ana");
		store.save();

		assertEquals(List.of("page"), result.documentIds(), result.problems()::toString);
		Document saved = CorpusStore.open(store.folder()).document("page");
		assertEquals("Dam delayed", saved.getTitle());
		assertEquals("The dam is late.\n\nWork resumes in May.", saved.getText());
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(inbox.resolve(name), content);
	}
}
