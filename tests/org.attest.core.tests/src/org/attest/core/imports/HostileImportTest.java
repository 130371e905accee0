package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attest.core.export.OffsetUnit;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.core.tests.ChildJvm;
import org.attest.model.AttestPackage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * Articles and JSONL files are whatever someone saved or sent: entities in HTML expand nothing, ids and names
 * that would place a file outside the corpus are refused, and bad bytes or offsets cost only their own line or
 * file, with a message naming the file and line, while the rest of the batch imports.
 */
class HostileImportTest {

	private static final String SECRET = "SECRET-91c2-NOT-FOR-ARTICLES";
	private static final long MB = 1024 * 1024;
	private static final int SMALL_HEAP_MB = 128;
	private static final String PARAGRAPH = "The harbour authority said on Tuesday that ferry fares would rise by a tenth in May. ";
	/** About a megabyte of text. */
	private static final int PARAGRAPHS_PER_PART = (int) (MB / PARAGRAPH.length());

	@TempDir
	Path temp;
	private CorpusStore store;
	private Path corpus;
	private Path inbox;

	@BeforeEach
	void createCorpus() throws IOException {
		corpus = temp.resolve("corpus");
		store = CorpusStore.create(corpus, "Hostile", DefaultLabelSchema.create());
		inbox = Files.createDirectories(temp.resolve("inbox"));
	}

	/**
	 * jsoup parses HTML as browsers do (WHATWG HTML): a DOCTYPE ends at its first {@code >}, the rest of an
	 * internal subset is bogus comments and text, and {@code &name;} that is no HTML character reference stays
	 * as written. So neither an external entity nor "billion laughs" can expand.
	 */
	@Test
	void htmlEntitiesExpandNothing() throws IOException {
		Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
		StringBuilder page = new StringBuilder("<!DOCTYPE html [\n<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY l0 \"lol\">\n");
		for (int level = 1; level <= 9; level++) {
			page.append("<!ENTITY l").append(level).append(" \"").append(("&l" + (level - 1) + ";").repeat(10)).append("\">\n");
		}
		page.append("]>\n<html><body><article><p>Before &secret; and &l9; after.</p></article></body></html>\n");
		Path file = Files.writeString(inbox.resolve("entities.html"), page);

		ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new HtmlImporter().importFile(store, file, "ana"));

		assertEquals(List.of("entities"), result.documentIds(), result.problems()::toString);
		assertEquals("Before &secret; and &l9; after.", store.document("entities").getText());
	}

	@Test
	void jsonlIdsThatWouldLeaveTheCorpusAreRefusedAndTheRestImports() throws IOException {
		Path file = Files.writeString(inbox.resolve("ids.jsonl"), String.join("\n", //
				"{\"id\":\"../../escape\",\"text\":\"One.\"}", //
				"{\"id\":\"" + temp.resolve("absolute").toString().replace("\\", "\\\\") + "\",\"text\":\"Two.\"}", //
				"{\"id\":\"..\\\\windows\",\"text\":\"Three.\"}", //
				"{\"id\":\"nul\",\"text\":\"Four.\"}", //
				"{\"id\":\"fine-1\",\"text\":\"Five.\"}", //
				"{\"id\":\"sub/dir\",\"text\":\"Six.\"}", //
				"{\"id\":\"fine-2\",\"text\":\"Seven.\"}") + "\n");

		List<ImportResult> results = new CorpusImport().run(store, List.of(file), CorpusStore.GOLD, new NullProgressMonitor());

		assertEquals(List.of("fine-1", "fine-2"), results.get(0).documentIds());
		List<ImportProblem> problems = results.get(0).problems();
		assertEquals(List.of(1, 2, 3, 4, 6), problems.stream().map(ImportProblem::line).toList(), problems::toString);
		for (ImportProblem problem : problems) {
			assertEquals(file, problem.file());
			assertTrue(problem.message().contains("' cannot be a document id"), problem.message());
		}
		assertEquals(List.of(corpus.resolve("corpus.attest"), corpus.resolve("documents/fine-1.attest"),
				corpus.resolve("documents/fine-2.attest"), file), filesUnder(temp));
	}

	@Test
	void anAnnotatorNameThatWouldLeaveTheCorpusImportsNothing() throws IOException {
		Path file = Files.writeString(inbox.resolve("annotated.jsonl"),
				"{\"id\":\"a\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":9,\"end\":11}]}\n");

		ImportResult result = new JsonlImporter("../../elsewhere", OffsetUnit.CODE_POINTS).importFile(store, file);

		assertEquals(List.of(), result.documentIds());
		assertEquals(0, result.problems().get(0).line());
		assertTrue(result.problems().get(0).message().startsWith("'../../elsewhere' cannot be a document id or annotator name"),
				result.problems().get(0).message());
		assertEquals(List.of(), store.documentIds());
	}

	@Test
	void aFileNamedLikeAWindowsDeviceGetsAnotherId() throws IOException {
		Path file = Files.writeString(inbox.resolve("CON.txt"), "Console\n\nNot a device.\n");

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		assertEquals(List.of("con-2"), result.documentIds(), result.problems()::toString);
	}

	@Test
	void jsonlLinesWithInvalidUtf8CostOnlyThemselves() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("{\"id\":\"before\",\"text\":\"Caf\u00e9 opens.\"}\r\n".getBytes(StandardCharsets.UTF_8));
		// a Latin-1 "é" (0xE9) where UTF-8 needs two bytes: byte 25 of line 2
		bytes.writeBytes("{\"id\":\"latin\",\"text\":\"Caf".getBytes(StandardCharsets.US_ASCII));
		bytes.write(0xE9);
		bytes.writeBytes(" closes.\"}\r\n".getBytes(StandardCharsets.US_ASCII));
		// an overlong encoding of "/" (0xC0 0xAF), which strict decoders must refuse: byte 4 of line 3
		bytes.writeBytes(new byte[] { '{', '"', 'i', 'd', (byte) 0xC0, (byte) 0xAF, '"', '}', '\n' });
		bytes.writeBytes("{\"id\":\"after\",\"text\":\"Still here.\"}".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(inbox.resolve("mixed.jsonl"), bytes.toByteArray());

		ImportResult result = JsonlImporter.defaults().importFile(store, file);

		assertEquals(List.of("before", "after"), result.documentIds());
		assertEquals(List.of(file + ":2: The line is not valid UTF-8: the first bad byte is byte 25 of the line; save the file as UTF-8 "
				+ "and import it again", file + ":3: The line is not valid UTF-8: the first bad byte is byte 4 of the line; save the "
						+ "file as UTF-8 and import it again"),
				result.problems().stream().map(ImportProblem::toString).toList());
		assertEquals("Café opens.", store.document("before").getText());
		assertEquals("Still here.", store.document("after").getText());
	}

	@Test
	void jsonlOffsetsOutOfRangeCostOnlyTheirLine() throws IOException {
		Path file = Files.writeString(inbox.resolve("offsets.jsonl"), String.join("\n", //
				"{\"id\":\"negative\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":-3,\"end\":2}]}", //
				"{\"id\":\"huge\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":0,\"end\":99999999999}]}", //
				"{\"id\":\"fraction\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":1.5,\"end\":3}]}", //
				"{\"id\":\"reversed\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":8,\"end\":4}]}", //
				"{\"id\":\"past-end\",\"text\":\"Ana said so.\",\"sources\":[{\"id\":\"ana\",\"mentions\":[{\"start\":10,\"end\":13}]}]}", //
				"{\"id\":\"good\",\"text\":\"Ana said so.\",\"claims\":[{\"start\":9,\"end\":11,\"text\":\"so\"}]}") + "\n");

		ImportResult result = JsonlImporter.defaults().importFile(store, file);

		assertEquals(List.of("good"), result.documentIds());
		assertEquals(List.of(file + ":1: claims[0]: -3..2 does not fit the text, which has 12 code points",
				file + ":2: 'claims[0].end' must be a whole number", //
				file + ":3: 'claims[0].start' must be a whole number", //
				file + ":4: claims[0]: end 4 is before start 8",
				file + ":5: sources[0].mentions[0]: 10..13 does not fit the text, which has 12 code points"),
				result.problems().stream().map(ImportProblem::toString).toList());
		assertEquals(List.of("good"), store.documentIds(), "a refused line left its document behind");
		assertEquals(List.of(), store.corpus().getSources(), "a refused line left its source behind");
		assertEquals("so", store.layer("good", CorpusStore.GOLD).orElseThrow().getClaims().get(0).getQuote());
	}

	/**
	 * A 200 MB text file, HTML page and JSONL file in one batch, imported by a separate JVM with a
	 * {@value #SMALL_HEAP_MB} MB heap: the article files are refused for their size without being read; the JSONL
	 * file streams, its 95 MB line is refused without being held and its 103 other documents (one of 5 MB, 100
	 * of 1 MB) import; and the batch goes on to the next file. An import that held a whole file, that line, or the
	 * documents read so far, would run out of memory.
	 */
	@Test
	void twoHundredMegabyteFilesAreRefusedOrStreamedInASmallHeap() throws Exception {
		Path text = sparse(inbox.resolve("huge.txt"), 200 * MB);
		Path html = sparse(inbox.resolve("huge.html"), 200 * MB);
		Path jsonl = hugeJsonl(inbox.resolve("huge.jsonl"));
		Path after = Files.writeString(inbox.resolve("after.txt"), "After\n\nThe batch goes on.\n");
		assertTrue(Files.size(jsonl) >= 200 * MB, () -> "the JSONL file has only " + jsonl.toFile().length() + " bytes");
		Process importer = ChildJvm.builder(SmallHeapImport.class,
				List.of(CorpusImport.class, AttestPackage.class, EObject.class, URI.class, XMLResource.class, NLS.class,
						IProgressMonitor.class, Gson.class, Jsoup.class),
				List.of("-Xmx" + SMALL_HEAP_MB + "m", "-XX:+UseSerialGC"),
				Stream.of(corpus, text, html, jsonl, after).map(Path::toString).toList()).redirectErrorStream(true).start();

		List<String> output = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8))) {
				return out.lines().toList();
			}
		});

		assertEquals(0, importer.waitFor(), () -> String.join("\n", output));
		String tooLarge = " is 200 MB: files over 50 MB are not imported (an article is a few kilobytes; is this the right file?)";
		assertEquals(List.of("imported huge.txt 0", "problem huge.txt -1 " + text + tooLarge, //
				"imported huge.html 0", "problem huge.html -1 " + html + tooLarge, //
				"imported huge.jsonl 103 first last",
				"problem huge.jsonl 2 The line is 95 MB: lines over 10 MB are not imported (a line is one document, and an "
						+ "article is a few kilobytes)",
				"imported after.txt 1 after after"), output);
		CorpusStore imported = CorpusStore.open(corpus);
		assertEquals(104, imported.documentIds().size());
		assertEquals(PARAGRAPH.repeat(PARAGRAPHS_PER_PART), imported.document("part-037").getText());
		assertEquals(PARAGRAPH.repeat(5 * PARAGRAPHS_PER_PART), imported.document("big").getText());
		assertEquals("The last line imports.", imported.document("last").getText());
	}

	private static Path sparse(Path file, long size) throws IOException {
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(size);
		}
		return file;
	}

	/**
	 * A JSONL file of 200 MB: a short first line, a second line of 95 MB of NUL bytes (a hole in the file, so it
	 * costs no disk), a document of 5 MB, 100 documents of 1 MB and a short last line.
	 */
	private static Path hugeJsonl(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			channel.write(utf8("{\"id\":\"first\",\"text\":\"The first line imports.\"}\n"));
			channel.position(channel.position() + 95 * MB);
			channel.write(utf8("\n"));
			channel.write(utf8("{\"id\":\"big\",\"text\":\"" + PARAGRAPH.repeat(5 * PARAGRAPHS_PER_PART) + "\"}\n"));
			String text = PARAGRAPH.repeat(PARAGRAPHS_PER_PART);
			for (int part = 1; part <= 100; part++) {
				channel.write(utf8(String.format(Locale.ROOT, "{\"id\":\"part-%03d\",\"text\":\"%s\"}\n", part, text)));
			}
			channel.write(utf8("{\"id\":\"last\",\"text\":\"The last line imports.\"}\n"));
		}
		return file;
	}

	private static ByteBuffer utf8(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
