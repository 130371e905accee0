package org.attest.core.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * document per line, with its annotations, when it has any, as the layer of one annotator. A bad line is
 * reported with its file and line number and skipped; the other lines import. Nothing is saved: the caller
 * saves the store.
 */
public final class JsonlImporter {

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

	/** Imports every good line of the file; a file that cannot be read is one problem at line 0. */
	public ImportResult importFile(CorpusStore store, Path file) {
		List<String> imported = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		JsonlDocumentReader reader = new JsonlDocumentReader(store.corpus(), offsets);
		int number = 0;
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) { //$NON-NLS-1$
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				try {
					imported.add(add(store, reader.read(parse(line))));
				} catch (BadLine | IOException e) {
					problems.add(new ImportProblem(file, number, e.getMessage()));
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
