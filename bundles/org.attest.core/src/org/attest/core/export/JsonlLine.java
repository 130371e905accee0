package org.attest.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.attest.core.text.Offsets;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.util.ECollections;

import com.google.gson.stream.JsonWriter;

/**
 * One document as one line of the JSONL format (docs/formats.md, "JSONL"): the keys in their fixed order,
 * spans in text order, offsets in the chosen unit. Kept apart from the exporter so that the line's shape is
 * in one place and the exporter only deals with files.
 */
final class JsonlLine {

	private final Document document;
	private final Optional<AnnotationLayer> layer;
	private final String annotator;
	private final String split;
	private final OffsetUnit unit;
	private final Offsets.Converter offsets;

	JsonlLine(Document document, Optional<AnnotationLayer> layer, String annotator, String split, OffsetUnit unit) {
		this.document = document;
		this.layer = layer;
		this.annotator = annotator;
		this.split = split;
		this.unit = unit;
		this.offsets = Offsets.converter(text());
	}

	/**
	 * Writes the line, without its line end, straight to {@code out}: a JsonWriter writes through unbuffered, so
	 * the line is never held as a string of its own.
	 */
	void writeTo(Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setSerializeNulls(true);
		json.beginObject();
		json.name("id").value(document.getId()); //$NON-NLS-1$
		json.name("title").value(document.getTitle()); //$NON-NLS-1$
		json.name("url").value(document.getUrl()); //$NON-NLS-1$
		json.name("text").value(text()); //$NON-NLS-1$
		writeMetadata(json);
		json.name("split").value(split); //$NON-NLS-1$
		writeClaims(json);
		writeSources(json);
		writeAttributions(json);
		json.name("annotator").value(annotator); //$NON-NLS-1$
		json.name("status").value(layer.map(l -> l.getStatus().getLiteral()).orElse(null)); //$NON-NLS-1$
		json.name("cues").beginArray(); //$NON-NLS-1$
		for (Cue cue : sorted(layer.map(AnnotationLayer::getCues).orElse(null))) {
			writeSpan(json, cue, true);
		}
		json.endArray();
		json.endObject();
	}

	/** The document's fields and free metadata in one object, keys sorted; a field wins over an entry of its name. */
	private void writeMetadata(JsonWriter json) throws IOException {
		Map<String, String> metadata = new TreeMap<>();
		document.getMetadata().forEach(entry -> metadata.put(entry.getKey(), entry.getValue()));
		metadata.put("outlet", document.getOutlet()); //$NON-NLS-1$
		metadata.put("author", document.getAuthor()); //$NON-NLS-1$
		metadata.put("published", document.getPublished()); //$NON-NLS-1$
		metadata.put("language", document.getLanguage()); //$NON-NLS-1$
		metadata.put("genre", document.getGenre().getLiteral()); //$NON-NLS-1$
		json.name("metadata").beginObject(); //$NON-NLS-1$
		for (Map.Entry<String, String> entry : metadata.entrySet()) {
			json.name(entry.getKey()).value(entry.getValue());
		}
		json.endObject();
	}

	private void writeClaims(JsonWriter json) throws IOException {
		json.name("claims").beginArray(); //$NON-NLS-1$
		for (ClaimMention claim : sorted(layer.map(AnnotationLayer::getClaims).orElse(null))) {
			json.beginObject();
			json.name("id").value(claim.getId()); //$NON-NLS-1$
			writeOffsets(json, claim);
			json.name("text").value(spanText(claim)); //$NON-NLS-1$
			json.name("claim_type").value(claim.getClaimType().getLiteral()); //$NON-NLS-1$
			json.name("credibility").value(claim.getCredibility()); //$NON-NLS-1$
			json.name("checkworthy").value(claim.isCheckworthy()); //$NON-NLS-1$
			json.name("note").value(claim.getNote()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
	}

	/**
	 * The registry sources of the layer in order of first appearance: by their first mention in the text,
	 * then those only attributed, in the order of their first attribution.
	 */
	private void writeSources(JsonWriter json) throws IOException {
		Map<Source, List<SourceMention>> sources = new LinkedHashMap<>();
		for (SourceMention mention : sorted(layer.map(AnnotationLayer::getSourceMentions).orElse(null))) {
			if (mention.getSource() != null) {
				sources.computeIfAbsent(mention.getSource(), s -> new ArrayList<>()).add(mention);
			}
		}
		layer.ifPresent(l -> l.getAttributions().stream().map(Attribution::getSource).filter(s -> s != null)
				.forEach(s -> sources.computeIfAbsent(s, k -> new ArrayList<>())));
		json.name("sources").beginArray(); //$NON-NLS-1$
		for (Map.Entry<Source, List<SourceMention>> entry : sources.entrySet()) {
			Source source = entry.getKey();
			json.beginObject();
			json.name("id").value(source.getId()); //$NON-NLS-1$
			json.name("name").value(source.getName()); //$NON-NLS-1$
			json.name("kind").value(source.getKind().getLiteral()); //$NON-NLS-1$
			json.name("reliability").value(source.getReliability()); //$NON-NLS-1$
			json.name("mentions").beginArray(); //$NON-NLS-1$
			for (SourceMention mention : entry.getValue()) {
				json.beginObject();
				writeOffsets(json, mention);
				json.name("text").value(spanText(mention)); //$NON-NLS-1$
				json.name("id").value(mention.getId()); //$NON-NLS-1$
				json.endObject();
			}
			json.endArray();
			json.name("aliases").beginArray(); //$NON-NLS-1$
			for (String alias : source.getAliases()) {
				json.value(alias);
			}
			json.endArray();
			json.name("note").value(source.getNote()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
	}

	private void writeAttributions(JsonWriter json) throws IOException {
		json.name("attributions").beginArray(); //$NON-NLS-1$
		for (Attribution attribution : layer.map(AnnotationLayer::getAttributions).orElse(ECollections.emptyEList())) {
			json.beginObject();
			json.name("claim").value(attribution.getClaim() == null ? null : attribution.getClaim().getId()); //$NON-NLS-1$
			json.name("source").value(attribution.getSource() == null ? null : attribution.getSource().getId()); //$NON-NLS-1$
			json.name("stance").value(attribution.getStance()); //$NON-NLS-1$
			json.name("id").value(attribution.getId()); //$NON-NLS-1$
			json.name("mention"); //$NON-NLS-1$
			if (attribution.getMention() == null) {
				json.nullValue();
			} else {
				writeSpan(json, attribution.getMention(), false);
			}
			json.name("cue"); //$NON-NLS-1$
			if (attribution.getCue() == null) {
				json.nullValue();
			} else {
				writeSpan(json, attribution.getCue(), true);
			}
			json.endObject();
		}
		json.endArray();
	}

	/** A span as {@code {"start", "end", ["text",] "id"}}. */
	private void writeSpan(JsonWriter json, Span span, boolean withText) throws IOException {
		json.beginObject();
		writeOffsets(json, span);
		if (withText) {
			json.name("text").value(spanText(span)); //$NON-NLS-1$
		}
		json.name("id").value(span.getId()); //$NON-NLS-1$
		json.endObject();
	}

	private void writeOffsets(JsonWriter json, Span span) throws IOException {
		json.name("start").value(offset(span.getBegin())); //$NON-NLS-1$
		json.name("end").value(offset(span.getEnd())); //$NON-NLS-1$
	}

	private int offset(int utf16) {
		return unit == OffsetUnit.CODE_POINTS ? offsets.toCodePoint(utf16) : utf16;
	}

	/** The text the span covers now, which is what {@code text[start:end]} gives the reader of the line. */
	private String spanText(Span span) {
		return text().substring(span.getBegin(), span.getEnd());
	}

	private String text() {
		return document.getText() == null ? "" : document.getText(); //$NON-NLS-1$
	}

	private static <T extends Span> List<T> sorted(List<T> spans) {
		return spans == null ? List.of() : spans.stream().sorted(SpanOrder.TEXT).toList();
	}
}
