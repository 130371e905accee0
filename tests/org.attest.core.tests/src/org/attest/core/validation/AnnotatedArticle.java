package org.attest.core.validation;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * A short article with a typographic quote and an emoji (🐟 takes two UTF-16 units, so every offset after it
 * is one more than its character count) and alice's finished, valid layer on it, plus a hand-made schema.
 * Each test breaks one thing. The text is 90 UTF-16 units long; its spans, counted by hand: "The ministry"
 * [0–12], "denied" [14–20] (inside “ ” at 13 and 20), "it 🐟 on Monday" [22–37], "The dam will be finished
 * by spring" [39–73], "the mayor" [75–84], "said" [85–89].
 */
final class AnnotatedArticle {

	static final String TEXT = "The ministry “denied” it 🐟 on Monday. The dam will be finished by spring, the mayor said.";

	private static final AttestFactory FACTORY = AttestFactory.eINSTANCE;

	final LabelSchema schema = schema();
	final Source ministry = source("ministry", "Ministry of Water", "4");
	final Source mayor = source("mayor", "Mayor Ana Lima", "3");
	final Document document = FACTORY.createDocument();
	final AnnotationLayer layer = FACTORY.createAnnotationLayer();
	final SourceMention ministryMention = span(FACTORY.createSourceMention(), 0, 12, "The ministry");
	final Cue denied = span(FACTORY.createCue(), 14, 20, "denied");
	final ClaimMention denial = span(FACTORY.createClaimMention(), 22, 37, "it 🐟 on Monday");
	final ClaimMention dam = span(FACTORY.createClaimMention(), 39, 73, "The dam will be finished by spring");
	final SourceMention mayorMention = span(FACTORY.createSourceMention(), 75, 84, "the mayor");
	final Cue said = span(FACTORY.createCue(), 85, 89, "said");
	final Attribution ministryDenies = FACTORY.createAttribution();
	final Attribution mayorSupports = FACTORY.createAttribution();

	AnnotatedArticle() {
		document.setId("dam-denial");
		document.setText(TEXT);
		ministryMention.setSource(ministry);
		mayorMention.setSource(mayor);
		denial.setCredibility("unverifiable");
		dam.setCredibility("half-true");
		link(ministryDenies, "a1", denial, ministry, ministryMention, denied, "deny");
		link(mayorSupports, "a2", dam, mayor, mayorMention, said, "support");

		layer.setDocument(document);
		layer.setAnnotator("alice");
		layer.setStatus(LayerStatus.DONE);
		layer.getClaims().add(denial);
		layer.getClaims().add(dam);
		layer.getSourceMentions().add(ministryMention);
		layer.getSourceMentions().add(mayorMention);
		layer.getCues().add(denied);
		layer.getCues().add(said);
		layer.getAttributions().add(ministryDenies);
		layer.getAttributions().add(mayorSupports);
	}

	Diagnostic validate() {
		return LayerValidation.validate(layer, schema);
	}

	/** Another annotator's layer on the same document, holding the given spans. */
	AnnotationLayer otherLayer(ClaimMention claim, Cue cue) {
		AnnotationLayer other = FACTORY.createAnnotationLayer();
		other.setDocument(document);
		other.setAnnotator("bob");
		other.getClaims().add(claim);
		other.getCues().add(cue);
		return other;
	}

	static <S extends Span> S span(S span, int begin, int end, String quote) {
		span.setBegin(begin);
		span.setEnd(end);
		span.setQuote(quote);
		return span;
	}

	private static void link(Attribution attribution, String id, ClaimMention claim, Source source,
			SourceMention mention, Cue cue, String stance) {
		attribution.setId(id);
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setMention(mention);
		attribution.setCue(cue);
		attribution.setStance(stance);
	}

	private static Source source(String id, String name, String reliability) {
		Source source = FACTORY.createSource();
		source.setId(id);
		source.setName(name);
		source.setReliability(reliability);
		return source;
	}

	private static LabelSchema schema() {
		LabelSchema schema = FACTORY.createLabelSchema();
		schema.getLabelSets().add(labelSet("stance", "support", "deny", "query", "comment"));
		schema.getLabelSets().add(labelSet("credibility", "true", "mostly-true", "half-true", "mostly-false",
				"false", "pants-fire", "unverifiable"));
		schema.getLabelSets().add(labelSet("reliability", "1", "2", "3", "4", "5"));
		return schema;
	}

	private static LabelSet labelSet(String id, String... labelIds) {
		LabelSet labelSet = FACTORY.createLabelSet();
		labelSet.setId(id);
		for (String labelId : labelIds) {
			Label label = FACTORY.createLabel();
			label.setId(labelId);
			labelSet.getLabels().add(label);
		}
		return labelSet;
	}
}
