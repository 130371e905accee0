package org.attest.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code attest assign} and {@code attest progress} on a corpus imported from the sample articles. */
class WorklistCommandsTest {

	private static final Path ARTICLES = Path.of(System.getProperty("attest.samples"), "articles");

	@TempDir
	Path temp;
	private Path corpus;
	private ByteArrayOutputStream out;
	private ByteArrayOutputStream err;

	@BeforeEach
	void importTheSampleArticles() {
		corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), ARTICLES.toString()), err.toString());
	}

	@Test
	void assignedDocumentsAreToDoUntilAnnotated() throws IOException {
		assertEquals(0, run("assign", "--corpus", corpus.toString(), "--annotator", "ben", "harbor-fish-stocks",
				"riverton-dam-delay"));
		assertEquals("assigned 2 documents to ben; 2 on the worklist\n", out.toString());
		assertTrue(Files.readString(corpus.resolve("corpus.attest")).contains("<annotators name=\"ben\">"));

		assertEquals(0, run("progress", "--corpus", corpus.toString(), "--annotator", "ben"));

		assertEquals("""
				ben: 2 assigned (2 to do, 0 in progress, 0 done); 0 other layers
				  harbor-fish-stocks  todo  0 claims  assigned
				  riverton-dam-delay  todo  0 claims  assigned
				""", out.toString());
	}

	@Test
	void removingAndAssigningAllAreCountedAndProgressHasJson() {
		run("assign", "--corpus", corpus.toString(), "--annotator", "ben", "--all");
		assertEquals(0, run("assign", "--corpus", corpus.toString(), "--annotator", "ben", "--remove",
				"ministry-denies-report"));
		assertEquals("took 1 documents off the worklist of ben; 2 left on it\n", out.toString());

		assertEquals(0, run("progress", "--corpus", corpus.toString(), "--json"));

		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject ben = json.getAsJsonObject("annotators").getAsJsonObject("ben");
		assertEquals(2, ben.get("assigned").getAsInt());
		assertEquals(2, ben.get("todo").getAsInt());
		assertEquals(List.of("harbor-fish-stocks", "riverton-dam-delay"), json.getAsJsonArray("entries").asList().stream()
				.map(e -> e.getAsJsonObject().get("document").getAsString()).toList());
	}

	@Test
	void anUnknownDocumentIsNamedAndNothingIsAssigned() throws IOException {
		String before = Files.readString(corpus.resolve("corpus.attest"));

		assertEquals(1, run("assign", "--corpus", corpus.toString(), "--annotator", "ben", "harbor-fish-stocks",
				"no-such-article"));

		assertEquals(corpus.resolve("corpus.attest") + ": no such documents: no-such-article\n", err.toString());
		assertEquals(before, Files.readString(corpus.resolve("corpus.attest")));
	}

	@Test
	void assignWithoutDocumentsIsAUsageError() {
		assertEquals(2, run("assign", "--corpus", corpus.toString(), "--annotator", "ben"));
		assertTrue(err.toString().contains("name the documents to assign"), err.toString());
	}

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new AttestApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
