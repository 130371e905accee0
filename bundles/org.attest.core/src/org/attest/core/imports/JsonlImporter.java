package org.attest.core.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.attest.core.export.OffsetUnit;
import org.attest.core.export.SpanOrder;
import org.attest.core.imports.JsonlDocumentReader.BadLine;
import org.attest.core.imports.JsonlDocumentReader.Read;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.attest.model.AnnotationLayer;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON Lines in the shape {@code JsonlExporter} writes (docs/formats.md, "JSONL") into a corpus: one
 * document per line, with its annotations, when it has any, as the layer of one annotator. A bad line (invalid
 * JSON or UTF-8, offsets that do not fit, a line over {@link #MAX_LINE_BYTES}) is reported with its file and line
 * number and skipped; the other lines import.
 * <p>
 * The file streams: one line is in memory at a time, and the documents read are saved and unloaded every
 * {@value #SAVE_EVERY_DOCUMENTS} documents or {@value #SAVE_EVERY_CHARACTERS} characters of lines, so a file of
 * any size imports within the same heap. The documents of the last part are not saved: the caller saves the
 * store. A save that fails ends the import of the file there, with a problem at that line.
 */
public final class JsonlImporter {

	/**
	 * The longest line read: a line is one document with its annotations, and an article is a few kilobytes.
	 * Parsing and saving a line takes a few times its size in memory, so the limit bounds the heap an import
	 * needs, and a line over it is skipped without being held.
	 */
	static final int MAX_LINE_BYTES = 10 * 1024 * 1024;
	static final int SAVE_EVERY_DOCUMENTS = 500;
	static final long SAVE_EVERY_CHARACTERS = 8_000_000;

	private final String annotator;
	private final OffsetUnit offsets;

	/** Annotations go to {@code annotator}'s layers; span offsets count in {@code offsets}. */
	public JsonlImporter(String annotator, OffsetUnit offsets) {
		this.annotator = Objects.requireNonNull(annotator);
		this.offsets = Objects.requireNonNull(offsets);
	}

	/** Gold layers, code point offsets: what the exporter writes by default. */
	public static JsonlImporter defaults() {
		return new JsonlImporter(CorpusStore.GOLD, OffsetUnit.CODE_POINTS);
	}

	/**
	 * Imports every good line of the file; a file that cannot be read, or an annotator name that cannot be a
	 * folder name, is one problem at line 0.
	 */
	public ImportResult importFile(CorpusStore store, Path file) {
		List<String> imported = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		try {
			CorpusStore.requireSafeName(annotator);
		} catch (CorpusStoreException e) {
			// checked before any line, or every annotated line would add its document and then fail
			return new ImportResult(file, imported, List.of(new ImportProblem(file, 0, e.getMessage())));
		}
		JsonlDocumentReader reader = new JsonlDocumentReader(store.corpus(), offsets);
		List<String> unsaved = new ArrayList<>();
		long unsavedCharacters = 0;
		int number = 0;
		try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file), MAX_LINE_BYTES)) {
			for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
				number = line.number();
				if (line instanceof Utf8Lines.TooLong tooLong) {
					problems.add(new ImportProblem(file, number, NLS.bind(Messages.JsonlImporter_lineTooLong,
							tooLong.bytes() / (1024 * 1024), MAX_LINE_BYTES / (1024 * 1024))));
				} else if (line instanceof Utf8Lines.NotUtf8 notUtf8) {
					problems.add(new ImportProblem(file, number, NLS.bind(Messages.JsonlImporter_notUtf8, notUtf8.offset())));
				} else if (line instanceof Utf8Lines.Text text && !text.text().isBlank()) {
					try {
						String id = add(store, reader.read(parse(text.text())));
						imported.add(id);
						unsaved.add(id);
						unsavedCharacters += text.text().length();
					} catch (BadLine | IOException e) {
						problems.add(new ImportProblem(file, number, e.getMessage()));
					}
				}
				if (unsaved.size() >= SAVE_EVERY_DOCUMENTS || unsavedCharacters >= SAVE_EVERY_CHARACTERS) {
					try {
						store.save();
					} catch (IOException e) {
						problems.add(new ImportProblem(file, number, NLS.bind(Messages.JsonlImporter_cannotSave, e.getMessage())));
						break;
					}
					unsaved.forEach(store::unloadDocument);
					unsaved.clear();
					unsavedCharacters = 0;
				}
			}
		} catch (IOException e) {
			problems.add(new ImportProblem(file, number == 0 ? 0 : number + 1,
					NLS.bind(Messages.JsonlImporter_cannotRead, e.toString())));
		}
		return new ImportResult(file, imported, problems);
	}

	/** The line's object, read strictly (no comments, single quotes or trailing text, as JSON says). */
	private static JsonObject parse(String line) throws BadLine {
		JsonElement json;
		try (JsonReader reader = new JsonReader(new StringReader(line))) {
			reader.setStrictness(Strictness.STRICT);
			json = JsonParser.parseReader(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new BadLine(Messages.JsonlImporter_textAfterObject);
			}
		} catch (JsonParseException | IOException e) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_invalidJson,
					e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
		}
		if (!json.isJsonObject()) {
			throw new BadLine(Messages.JsonlImporter_notAnObject);
		}
		return json.getAsJsonObject();
	}

	/**
	 * Adds the document first, which refuses a duplicate or unsafe id before anything else changes. Spans go
	 * into the layer in text order, whatever order the line lists them in.
	 */
	private String add(CorpusStore store, Read read) throws IOException {
		store.addDocument(read.document());
		store.corpus().getSources().addAll(read.newSources());
		AnnotationLayer annotations = read.layer();
		if (annotations != null) {
			AnnotationLayer layer = store.layerFor(read.document().getId(), annotator);
			layer.setStatus(annotations.getStatus());
			layer.getClaims().addAll(List.copyOf(annotations.getClaims()));
			layer.getSourceMentions().addAll(List.copyOf(annotations.getSourceMentions()));
			layer.getCues().addAll(List.copyOf(annotations.getCues()));
			ECollections.sort(layer.getClaims(), SpanOrder.TEXT);
			ECollections.sort(layer.getSourceMentions(), SpanOrder.TEXT);
			ECollections.sort(layer.getCues(), SpanOrder.TEXT);
			layer.getAttributions().addAll(List.copyOf(annotations.getAttributions()));
		}
		return read.document().getId();
	}
}
