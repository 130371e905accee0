package org.attest.core.export;

import java.io.IOException;

import org.attest.core.text.Offsets;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;

import com.google.gson.stream.JsonWriter;

/**
 * Writes one layer as W3C Web Annotations, in layer order: each claim ({@code classifying}, with its
 * credibility as an {@code assessing} body), source mention ({@code identifying}, with the source's name),
 * cue ({@code tagging}) and attribution ({@code linking}: the source's name, its stance, and links to the
 * claim's, mention's and cue's annotations). Every annotation targets the document with a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector}; an attribution targets its claim's text. The
 * Web Annotation model counts positions in Unicode code points, which is what {@link OffsetUnit#CODE_POINTS}
 * writes; {@link OffsetUnit#UTF16} writes the model's own offsets for Java consumers.
 */
final class WebAnnotationItems {

	private static final String TAG_CLAIM = "claim"; //$NON-NLS-1$
	private static final String TAG_SOURCE_MENTION = "source-mention"; //$NON-NLS-1$
	private static final String TAG_CUE = "cue"; //$NON-NLS-1$
	private static final String TAG_ATTRIBUTION = "attribution"; //$NON-NLS-1$

	private static final String ASSESSING = "assessing"; //$NON-NLS-1$
	private static final String CLASSIFYING = "classifying"; //$NON-NLS-1$
	private static final String IDENTIFYING = "identifying"; //$NON-NLS-1$
	private static final String LINKING = "linking"; //$NON-NLS-1$
	private static final String TAGGING = "tagging"; //$NON-NLS-1$

	private final JsonWriter json;
	private final OffsetUnit unit;
	private int count;

	private String documentId;
	private String source;
	private String text;
	private Offsets.Converter offsets;

	WebAnnotationItems(JsonWriter json, OffsetUnit unit) {
		this.json = json;
		this.unit = unit;
	}

	/** How many annotations have been written. */
	int count() {
		return count;
	}

	/** Writes the annotations of {@code layer}, a layer of {@code document}. */
	void write(Document document, AnnotationLayer layer) throws IOException {
		documentId = document.getId();
		source = AttestUris.document(document);
		text = document.getText() == null ? "" : document.getText(); //$NON-NLS-1$
		offsets = Offsets.converter(text);
		for (ClaimMention claim : layer.getClaims()) {
			begin(claim.getId(), CLASSIFYING);
			textualBody(TAGGING, TAG_CLAIM);
			if (claim.getCredibility() != null) {
				textualBody(ASSESSING, claim.getCredibility());
			}
			end(claim);
		}
		for (SourceMention mention : layer.getSourceMentions()) {
			begin(mention.getId(), IDENTIFYING);
			textualBody(TAGGING, TAG_SOURCE_MENTION);
			sourceName(mention.getSource());
			end(mention);
		}
		for (Cue cue : layer.getCues()) {
			begin(cue.getId(), TAGGING);
			textualBody(TAGGING, TAG_CUE);
			end(cue);
		}
		for (Attribution attribution : layer.getAttributions()) {
			if (attribution.getClaim() != null) {
				begin(attribution.getId(), LINKING);
				textualBody(TAGGING, TAG_ATTRIBUTION);
				sourceName(attribution.getSource());
				if (attribution.getStance() != null) {
					textualBody(CLASSIFYING, attribution.getStance());
				}
				link(attribution.getClaim());
				link(attribution.getMention());
				link(attribution.getCue());
				end(attribution.getClaim());
			}
		}
	}

	private void begin(String id, String motivation) throws IOException {
		json.beginObject();
		json.name("id").value(AttestUris.annotation(documentId, id)); //$NON-NLS-1$
		json.name("type").value("Annotation"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("motivation").value(motivation); //$NON-NLS-1$
		json.name("body").beginArray(); //$NON-NLS-1$
	}

	private void textualBody(String purpose, String value) throws IOException {
		json.beginObject();
		json.name("type").value("TextualBody"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("purpose").value(purpose); //$NON-NLS-1$
		json.name("value").value(value); //$NON-NLS-1$
		json.endObject();
	}

	private void sourceName(Source registered) throws IOException {
		if (registered != null && registered.getName() != null) {
			textualBody(IDENTIFYING, registered.getName());
		}
	}

	private void link(Span span) throws IOException {
		if (span != null) {
			json.beginObject();
			json.name("type").value("SpecificResource"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("purpose").value(LINKING); //$NON-NLS-1$
			json.name("source").value(AttestUris.annotation(documentId, span.getId())); //$NON-NLS-1$
			json.endObject();
		}
	}

	/** Closes the bodies, writes the target: the text of {@code span}. */
	private void end(Span span) throws IOException {
		json.endArray();
		json.name("target").beginObject(); //$NON-NLS-1$
		json.name("source").value(source); //$NON-NLS-1$
		json.name("selector").beginArray(); //$NON-NLS-1$
		json.beginObject();
		json.name("type").value("TextQuoteSelector"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("exact").value(text.substring(span.getBegin(), span.getEnd())); //$NON-NLS-1$
		if (span.getPrefix() != null) {
			json.name("prefix").value(span.getPrefix()); //$NON-NLS-1$
		}
		if (span.getSuffix() != null) {
			json.name("suffix").value(span.getSuffix()); //$NON-NLS-1$
		}
		json.endObject();
		json.beginObject();
		json.name("type").value("TextPositionSelector"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("start").value(position(span.getBegin())); //$NON-NLS-1$
		json.name("end").value(position(span.getEnd())); //$NON-NLS-1$
		json.endObject();
		json.endArray();
		json.endObject();
		json.endObject();
		count++;
	}

	private int position(int utf16) {
		return unit == OffsetUnit.CODE_POINTS ? offsets.toCodePoint(utf16) : utf16;
	}
}
