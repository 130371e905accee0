package org.attest.core.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.export.OffsetUnit;
import org.attest.core.text.Offsets;
import org.attest.core.text.StorableText;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Corpus;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Genre;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Turns one JSONL line's object into model objects that belong to no corpus yet, checking everything a
 * corpus would later refuse or silently get wrong (offsets, span texts, references), so that the importer
 * adds a line completely or not at all.
 */
final class JsonlDocumentReader {

	/** A line that cannot be imported, with the reason in the user's words. */
	static final class BadLine extends Exception {
		private static final long serialVersionUID = 1L;

		BadLine(String message) {
			super(message);
		}
	}

	/**
	 * A line read: the document, the registry sources it brings that the corpus lacks, and its annotations in
	 * a layer of no resource ({@code null} when the line has none).
	 */
	record Read(Document document, List<Source> newSources, AnnotationLayer layer) {
	}

	private static final AttestFactory FACTORY = AttestFactory.eINSTANCE;
	/** Characters an id cannot hold; see {@link #referable(String, String)}. */
	private static final String UNREFERABLE = " \t\n\r&<\""; //$NON-NLS-1$

	private final Corpus corpus;
	private final OffsetUnit unit;

	JsonlDocumentReader(Corpus corpus, OffsetUnit unit) {
		this.corpus = corpus;
		this.unit = unit;
	}

	Read read(JsonObject line) throws BadLine {
		Document document = FACTORY.createDocument();
		document.setId(requiredString(line, "id")); //$NON-NLS-1$
		document.setText(requiredString(line, "text")); //$NON-NLS-1$
		document.setTitle(string(line, "title")); //$NON-NLS-1$
		document.setUrl(string(line, "url")); //$NON-NLS-1$
		readMetadata(document, object(line, "metadata")); //$NON-NLS-1$
		return new Annotations(document.getText()).read(line, document);
	}

	private void readMetadata(Document document, JsonObject metadata) throws BadLine {
		if (metadata == null) {
			return;
		}
		for (String key : metadata.keySet()) {
			String path = "metadata." + storable(key, "metadata"); //$NON-NLS-1$ //$NON-NLS-2$
			String value = string(metadata, key, path);
			switch (key) {
			case "outlet" -> document.setOutlet(value); //$NON-NLS-1$
			case "author" -> document.setAuthor(value); //$NON-NLS-1$
			case "published" -> document.setPublished(value); //$NON-NLS-1$
			case "language" -> document.setLanguage(value); //$NON-NLS-1$
			case "genre" -> { //$NON-NLS-1$
				if (value != null) {
					document.setGenre(literal(Genre.VALUES, Genre::get, path, value));
				}
			}
			default -> {
				if (value != null) {
					document.getMetadata().put(key, value);
				}
			}
			}
		}
	}

	/** The annotations of one text: offsets are checked against it and converted to UTF-16. */
	private final class Annotations {

		private final String text;
		private final Offsets.Converter offsets;
		private final AnnotationLayer layer = FACTORY.createAnnotationLayer();
		private final Map<String, ClaimMention> claims = new HashMap<>();
		private final Map<String, Source> sources = new LinkedHashMap<>();
		private final List<Source> newSources = new ArrayList<>();
		/** Where on the line each span or attribution id is: the layer file refers to them by id. */
		private final Map<String, String> idPaths = new HashMap<>();

		Annotations(String text) {
			this.text = text;
			this.offsets = Offsets.converter(text);
		}

		Read read(JsonObject line, Document document) throws BadLine {
			JsonArray claimList = array(line, "claims"); //$NON-NLS-1$
			JsonArray sourceList = array(line, "sources"); //$NON-NLS-1$
			JsonArray cueList = array(line, "cues"); //$NON-NLS-1$
			JsonArray attributionList = array(line, "attributions"); //$NON-NLS-1$
			String status = string(line, "status"); //$NON-NLS-1$
			boolean annotated = claimList.size() + sourceList.size() + cueList.size() + attributionList.size() > 0;
			if (annotated && text.indexOf('\r') >= 0) {
				throw new BadLine(Messages.JsonlImporter_carriageReturns);
			}
			for (int i = 0; i < claimList.size(); i++) {
				String path = "claims[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				readClaim(element(claimList, i, path), path);
			}
			for (int i = 0; i < sourceList.size(); i++) {
				String path = "sources[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				readSource(element(sourceList, i, path), path);
			}
			for (int i = 0; i < cueList.size(); i++) {
				String path = "cues[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				layer.getCues().add(span(FACTORY.createCue(), element(cueList, i, path), path));
			}
			for (int i = 0; i < attributionList.size(); i++) {
				String path = "attributions[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				readAttribution(element(attributionList, i, path), path);
			}
			if (status != null) {
				layer.setStatus(literal(LayerStatus.VALUES, LayerStatus::get, "status", status)); //$NON-NLS-1$
			}
			return new Read(document, newSources, annotated || status != null ? layer : null);
		}

		private void readClaim(JsonObject json, String path) throws BadLine {
			ClaimMention claim = span(FACTORY.createClaimMention(), json, path);
			String type = string(json, "claim_type", path + ".claim_type"); //$NON-NLS-1$ //$NON-NLS-2$
			if (type != null) {
				claim.setClaimType(literal(ClaimType.VALUES, ClaimType::get, path + ".claim_type", type)); //$NON-NLS-1$
			}
			claim.setCredibility(string(json, "credibility", path + ".credibility")); //$NON-NLS-1$ //$NON-NLS-2$
			claim.setCheckworthy(bool(json, "checkworthy", path + ".checkworthy")); //$NON-NLS-1$ //$NON-NLS-2$
			claim.setNote(string(json, "note", path + ".note")); //$NON-NLS-1$ //$NON-NLS-2$
			layer.getClaims().add(claim);
			if (claim.getId() != null) {
				claims.put(claim.getId(), claim);
			}
		}

		/** A source of the line: the registry's when it has the id, else a new one made of the line's fields. */
		private void readSource(JsonObject json, String path) throws BadLine {
			String id = referable(requiredString(json, "id", path + ".id"), path + ".id"); //$NON-NLS-1$ //$NON-NLS-2$
			Source source = corpus.getSources().stream().filter(s -> id.equals(s.getId())).findFirst()
					.orElse(sources.get(id));
			if (source == null) {
				source = FACTORY.createSource();
				source.setId(id);
				source.setName(string(json, "name", path + ".name")); //$NON-NLS-1$ //$NON-NLS-2$
				String kind = string(json, "kind", path + ".kind"); //$NON-NLS-1$ //$NON-NLS-2$
				if (kind != null) {
					source.setKind(literal(SourceKind.VALUES, SourceKind::get, path + ".kind", kind)); //$NON-NLS-1$
				}
				source.setReliability(string(json, "reliability", path + ".reliability")); //$NON-NLS-1$ //$NON-NLS-2$
				JsonArray aliases = array(json, "aliases", path + ".aliases"); //$NON-NLS-1$ //$NON-NLS-2$
				for (int i = 0; i < aliases.size(); i++) {
					source.getAliases().add(stringElement(aliases, i, path + ".aliases[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				source.setNote(string(json, "note", path + ".note")); //$NON-NLS-1$ //$NON-NLS-2$
				newSources.add(source);
			}
			sources.put(id, source);
			JsonArray mentions = array(json, "mentions", path + ".mentions"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < mentions.size(); i++) {
				String mentionPath = path + ".mentions[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				SourceMention mention = span(FACTORY.createSourceMention(), element(mentions, i, mentionPath), mentionPath);
				mention.setSource(source);
				layer.getSourceMentions().add(mention);
			}
		}

		private void readAttribution(JsonObject json, String path) throws BadLine {
			Attribution attribution = FACTORY.createAttribution();
			attribution.setId(uniqueId(json, path));
			String claimId = requiredString(json, "claim", path + ".claim"); //$NON-NLS-1$ //$NON-NLS-2$
			ClaimMention claim = claims.get(claimId);
			if (claim == null) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_unknownClaim, path, claimId));
			}
			attribution.setClaim(claim);
			String sourceId = requiredString(json, "source", path + ".source"); //$NON-NLS-1$ //$NON-NLS-2$
			Source source = Optional.ofNullable(sources.get(sourceId)).or(() -> corpus.getSources().stream()
					.filter(s -> sourceId.equals(s.getId())).findFirst()).orElse(null);
			if (source == null) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_unknownSource, path + ".source", sourceId)); //$NON-NLS-1$
			}
			attribution.setSource(source);
			attribution.setStance(string(json, "stance", path + ".stance")); //$NON-NLS-1$ //$NON-NLS-2$
			JsonObject mention = object(json, "mention", path + ".mention"); //$NON-NLS-1$ //$NON-NLS-2$
			if (mention != null) {
				int[] at = offsets(mention, path + ".mention"); //$NON-NLS-1$
				attribution.setMention(layer.getSourceMentions().stream()
						.filter(m -> m.getSource() == source && m.getBegin() == at[0] && m.getEnd() == at[1]).findFirst()
						.orElseThrow(() -> new BadLine(NLS.bind(Messages.JsonlImporter_mentionNotFound,
								new Object[] { path + ".mention", sourceId, at[2], at[3] })))); //$NON-NLS-1$
			}
			JsonObject cue = object(json, "cue", path + ".cue"); //$NON-NLS-1$ //$NON-NLS-2$
			if (cue != null) {
				attribution.setCue(cueAt(cue, path + ".cue")); //$NON-NLS-1$
			}
			layer.getAttributions().add(attribution);
		}

		/** The line's cue at the object's offsets, or a new one made of the object when the line lists none there. */
		private Cue cueAt(JsonObject json, String path) throws BadLine {
			int[] at = offsets(json, path);
			Optional<Cue> listed = layer.getCues().stream().filter(c -> c.getBegin() == at[0] && c.getEnd() == at[1])
					.findFirst();
			if (listed.isPresent()) {
				return listed.get();
			}
			Cue cue = span(FACTORY.createCue(), json, path);
			layer.getCues().add(cue);
			return cue;
		}

		/** Places the span at the object's offsets, with its id, after checking its text. */
		private <T extends Span> T span(T span, JsonObject json, String path) throws BadLine {
			int[] at = offsets(json, path);
			String expected = string(json, "text", path + ".text"); //$NON-NLS-1$ //$NON-NLS-2$
			String found = text.substring(at[0], at[1]);
			if (expected != null && !expected.equals(found)) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_textMismatch,
						new Object[] { path, at[2], at[3], found, expected }));
			}
			SpanAnchors.place(span, text, at[0], at[1]);
			span.setId(uniqueId(json, path));
			return span;
		}

		/** The object's id, if it has one that no other span or attribution of the line has. */
		private String uniqueId(JsonObject json, String path) throws BadLine {
			String id = string(json, "id", path + ".id"); //$NON-NLS-1$ //$NON-NLS-2$
			if (id == null) {
				return null;
			}
			referable(id, path + ".id"); //$NON-NLS-1$
			String first = idPaths.putIfAbsent(id, path);
			if (first != null) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_duplicateId, new Object[] { path + ".id", id, first })); //$NON-NLS-1$
			}
			return id;
		}

		/** UTF-16 begin and end of the object's start and end, then start and end as written. */
		private int[] offsets(JsonObject json, String path) throws BadLine {
			int start = integer(json, "start", path + ".start"); //$NON-NLS-1$ //$NON-NLS-2$
			int end = integer(json, "end", path + ".end"); //$NON-NLS-1$ //$NON-NLS-2$
			if (end < start) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_endBeforeStart, new Object[] { path, start, end }));
			}
			if (end == start) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_emptySpan, new Object[] { path, start, end }));
			}
			boolean codePoints = unit == OffsetUnit.CODE_POINTS;
			int length = codePoints ? offsets.codePointLength() : text.length();
			if (start < 0 || end > length) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_outOfRange, new Object[] { path, start, end, length,
						codePoints ? Messages.JsonlImporter_codePoints : Messages.JsonlImporter_utf16Units }));
			}
			int begin = codePoints ? offsets.toUtf16(start) : start;
			int stop = codePoints ? offsets.toUtf16(end) : end;
			if (!Offsets.isCodePointBoundary(text, begin) || !Offsets.isCodePointBoundary(text, stop)) {
				throw new BadLine(NLS.bind(Messages.JsonlImporter_cutsSurrogatePair, new Object[] { path, start, end }));
			}
			return new int[] { begin, stop, start, end };
		}
	}

	/**
	 * The id, if other objects can refer to it. Corpus files write references as ids separated by white space,
	 * unescaped, and read one that starts with '/' as a path: such an id would break the file or read back as
	 * other references.
	 */
	private static String referable(String id, String path) throws BadLine {
		if (id.isEmpty() || id.startsWith("/") || id.chars().anyMatch(c -> UNREFERABLE.indexOf(c) >= 0)) { //$NON-NLS-1$
			throw new BadLine(NLS.bind(Messages.JsonlImporter_unreferableId, path, id));
		}
		return id;
	}

	private static <E extends Enumerator> E literal(List<E> values, Function<String, E> byLiteral, String path,
			String literal) throws BadLine {
		E value = byLiteral.apply(literal);
		if (value == null) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_unknownValue, new Object[] { path, literal,
					String.join(", ", values.stream().map(Enumerator::getLiteral).toList()) })); //$NON-NLS-1$
		}
		return value;
	}

	private static String requiredString(JsonObject json, String key) throws BadLine {
		return requiredString(json, key, key);
	}

	private static String requiredString(JsonObject json, String key, String path) throws BadLine {
		String value = string(json, key, path);
		if (value == null) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_missing, path));
		}
		return value;
	}

	private static String string(JsonObject json, String key) throws BadLine {
		return string(json, key, key);
	}

	/** The string at the key; {@code null} when the key is missing or null. */
	private static String string(JsonObject json, String key, String path) throws BadLine {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notAString, path));
		}
		return storable(primitive.getAsString(), path);
	}

	private static String stringElement(JsonArray array, int index, String path) throws BadLine {
		JsonElement value = array.get(index);
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notAString, path));
		}
		return storable(primitive.getAsString(), path);
	}

	/** The string, if a corpus file can hold it: JSON can escape any character, XML cannot write them all. */
	private static String storable(String value, String path) throws BadLine {
		int unstorable = StorableText.firstUnstorable(value);
		if (unstorable >= 0) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_unstorable, new Object[] { path,
					StorableText.name(value.codePointAt(unstorable)), value.codePointCount(0, unstorable) }));
		}
		return value;
	}

	private static int integer(JsonObject json, String key, String path) throws BadLine {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_missing, path));
		}
		try {
			if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
				return new BigDecimal(primitive.getAsString()).intValueExact();
			}
		} catch (ArithmeticException | NumberFormatException e) {
			// not a whole number in int range: reported below
		}
		throw new BadLine(NLS.bind(Messages.JsonlImporter_notAnInteger, path));
	}

	private static boolean bool(JsonObject json, String key, String path) throws BadLine {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			return false;
		}
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notABoolean, path));
		}
		return primitive.getAsBoolean();
	}

	private static JsonArray array(JsonObject json, String key) throws BadLine {
		return array(json, key, key);
	}

	/** The list at the key; empty when the key is missing or null. */
	private static JsonArray array(JsonObject json, String key, String path) throws BadLine {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			return new JsonArray();
		}
		if (!value.isJsonArray()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notAList, path));
		}
		return value.getAsJsonArray();
	}

	private static JsonObject object(JsonObject json, String key) throws BadLine {
		return object(json, key, key);
	}

	/** The object at the key; {@code null} when the key is missing or null. */
	private static JsonObject object(JsonObject json, String key, String path) throws BadLine {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (!value.isJsonObject()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notAnObjectAt, path));
		}
		return value.getAsJsonObject();
	}

	private static JsonObject element(JsonArray array, int index, String path) throws BadLine {
		JsonElement value = array.get(index);
		if (!value.isJsonObject()) {
			throw new BadLine(NLS.bind(Messages.JsonlImporter_notAnObjectAt, path));
		}
		return value.getAsJsonObject();
	}
}
