package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;

/**
 * A one-document corpus whose spans follow emoji, so that code point and UTF-16 offsets differ. The offsets
 * in the comments were counted with Python: {@code t.index(q)} for code points and
 * {@code len(t[:i].encode('utf-16-le')) // 2} for UTF-16.
 */
public final class EmojiCorpus {

	/** 45 code points, 47 UTF-16 units. */
	public static final String TEXT = "The 🐟 are back 🌊, Ana said. Prices will rise.";

	private EmojiCorpus() {
	}

	public static CorpusStore create(Path folder) throws IOException {
		AttestFactory factory = AttestFactory.eINSTANCE;
		CorpusStore store = CorpusStore.create(folder, "emoji", DefaultLabelSchema.create());
		Document document = factory.createDocument();
		document.setId("emoji");
		document.setTitle("Fish");
		document.setText(TEXT);
		document.setLanguage("en");
		document.getMetadata().put("section", "coast");
		store.addDocument(document);

		Source ana = factory.createSource();
		ana.setId("ana");
		ana.setName("Ana");
		ana.setKind(SourceKind.PERSON);
		ana.setReliability("4");
		store.corpus().getSources().add(ana);

		AnnotationLayer layer = store.layerFor("emoji", CorpusStore.GOLD);
		layer.setStatus(LayerStatus.IN_PROGRESS);
		ClaimMention claim = factory.createClaimMention();
		claim.setId("c1");
		SpanAnchors.place(claim, TEXT, 30, 46); // "Prices will rise": code points 28..44
		claim.setClaimType(ClaimType.PREDICTION);
		claim.setCredibility("half-true");
		layer.getClaims().add(claim);
		SourceMention mention = factory.createSourceMention();
		mention.setId("m1");
		SpanAnchors.place(mention, TEXT, 20, 23); // "Ana": code points 18..21
		mention.setSource(ana);
		layer.getSourceMentions().add(mention);
		Cue cue = factory.createCue();
		cue.setId("q1");
		SpanAnchors.place(cue, TEXT, 24, 28); // "said": code points 22..26
		layer.getCues().add(cue);
		Attribution attribution = factory.createAttribution();
		attribution.setId("a1");
		attribution.setClaim(claim);
		attribution.setSource(ana);
		attribution.setMention(mention);
		attribution.setCue(cue);
		attribution.setStance("support");
		layer.getAttributions().add(attribution);
		store.save();
		return store;
	}
}
