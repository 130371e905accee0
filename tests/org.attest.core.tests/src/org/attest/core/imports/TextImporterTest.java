package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextImporterTest {

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
	void bomAndCrlfAreGoneAndTheHeaderBecomesMetadata() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String content = "\r\nTram Line Opens Late\r\n\r\nBy Anna Kowalczyk-Berg, The Northfield Echo\r\n"
				+ "Published 2026-01-05\r\n\r\nThe tram opened on Monday.\r\rIt was late.\r\n";
		Path file = write("Tram Line (Final).txt", concat(bom, content.getBytes(StandardCharsets.UTF_8)));

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of("tram-line-final"), result.documentIds());
		assertEquals(List.of(), result.problems());
		Document document = store.document("tram-line-final");
		assertEquals("The tram opened on Monday.\n\nIt was late.\n", document.getText());
		assertEquals("Tram Line Opens Late", document.getTitle());
		assertEquals("Anna Kowalczyk-Berg", document.getAuthor());
		assertEquals("The Northfield Echo", document.getOutlet());
		assertEquals("2026-01-05", document.getPublished());
		assertEquals("Tram Line (Final).txt", document.getMetadata().get(Importer.SOURCE_FILE_KEY));
	}

	@Test
	void withoutBylineOrDateTheTextIsKeptWhole() throws IOException {
		Path file = write("notes.txt", "By Friday, the ministry had said nothing.\nNot a byline.\n");

		new TextImporter().importFile(store, file, "ana");

		Document document = store.document("notes");
		assertEquals("By Friday, the ministry had said nothing.", document.getTitle());
		assertEquals("By Friday, the ministry had said nothing.\nNot a byline.\n", document.getText());
		assertNull(document.getAuthor());
	}

	@Test
	void theSampleArticlesGiveTheSampleDocuments() throws IOException {
		CorpusStore samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
		for (String id : samples.documentIds()) {
			Path article = samples.folder().resolve("articles").resolve(id + ".txt");

			ImportResult result = new TextImporter().importFile(store, article, "ana");

			assertEquals(List.of(id), result.documentIds());
			Document expected = samples.document(id);
			Document imported = store.document(id);
			assertEquals(expected.getText(), imported.getText(), id);
			assertEquals(expected.getTextHash(), imported.getTextHash(), id);
			assertEquals(expected.getTitle(), imported.getTitle(), id);
			assertEquals(expected.getAuthor(), imported.getAuthor(), id);
			assertEquals(expected.getOutlet(), imported.getOutlet(), id);
			assertEquals(expected.getPublished(), imported.getPublished(), id);
		}
	}

	@Test
	void invalidUtf8IsRefusedWithTheOffsetOfTheFirstBadByte() throws IOException {
		// "Café\n" in UTF-8 is 6 bytes, then "na" and a lone Latin-1 'ï' (0xEF followed by 'v'): offset 8, line 2
		byte[] bytes = concat("Café\nna".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xEF }, "ve\n".getBytes(StandardCharsets.US_ASCII));
		Path file = write("latin1.txt", bytes);

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of(), result.documentIds());
		ImportProblem problem = result.problems().get(0);
		assertEquals(file, problem.file());
		assertEquals(2, problem.line());
		assertTrue(problem.message().contains("latin1.txt"), problem.message());
		assertTrue(problem.message().contains("byte offset 8"), problem.message());
		assertTrue(problem.message().contains("UTF-8"), problem.message());
		assertEquals(List.of(), store.documentIds());
	}

	@Test
	void binaryFilesAreRefused() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		Path file = write("photo.txt", png);

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of(), result.documentIds());
		assertTrue(result.problems().get(0).message().contains("photo.txt is not a text file"), result.problems().get(0).message());
		assertTrue(result.problems().get(0).message().contains("byte offset 8"), result.problems().get(0).message());
	}

	@Test
	void filesOverTheLimitAreRefusedWithoutReadingThem() throws IOException {
		Path file = inbox.resolve("huge.txt");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(FileSizeLimit.MAX_BYTES + 1);
		}

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of(), result.documentIds());
		assertTrue(result.problems().get(0).message().contains("over 50 MB"), result.problems().get(0).message());
	}

	@Test
	void sameFileNamesGetUniqueIds() throws IOException {
		Path first = write("Budget Vote.txt", "Budget\n\nFirst.\n");
		Path second = Files.createDirectories(inbox.resolve("later")).resolve("budget-vote.txt");
		Files.writeString(second, "Budget\n\nSecond.\n");
		Path third = Files.createDirectories(inbox.resolve("latest")).resolve("BUDGET_VOTE.txt");
		Files.writeString(third, "Budget\n\nThird.\n");

		TextImporter importer = new TextImporter();
		importer.importFile(store, first, "ana");
		importer.importFile(store, second, "ana");
		importer.importFile(store, third, "ana");

		assertEquals(List.of("budget-vote", "budget-vote-2", "budget-vote-3"), store.documentIds());
		assertEquals("Budget\n\nThird.\n", store.document("budget-vote-3").getText());
	}

	@Test
	void slugsAreLowercaseAsciiLettersDigitsAndHyphens() {
		assertEquals("cafe-deja-vu-2026", DocumentIds.slug(Path.of("Café  Déjà vu — 2026!.txt")));
		assertEquals("document", DocumentIds.slug(Path.of("—.txt")));
		assertEquals("a-b", DocumentIds.slug(Path.of("..a..b...html")));
	}

	private Path write(String name, String content) throws IOException {
		return write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(inbox.resolve(name), content);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}
