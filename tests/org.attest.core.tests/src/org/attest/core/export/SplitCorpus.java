package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;

/**
 * Twenty one-sentence documents {@code d00} … {@code d19}, each "dNN: Ana said prices will rise." with a gold
 * layer of one rated claim attributed to the mentioned Ana, so that every format writes every document. Even
 * documents rate the claim {@code true}, odd ones {@code false}: two strata of ten. Each document's id is its
 * first token, so a CoNLL file tells its documents apart.
 */
final class SplitCorpus {

	static final List<String> IDS = IntStream.range(0, 20).mapToObj(i -> String.format(Locale.ROOT, "d%02d", i)).toList();

	private SplitCorpus() {
	}

	/** The stratum of a document of this corpus: the credibility of its one claim. */
	static String label(String id) {
		return Integer.parseInt(id.substring(1)) % 2 == 0 ? "true" : "false";
	}

	static CorpusStore create(Path folder) throws IOException {
		AttestFactory factory = AttestFactory.eINSTANCE;
		CorpusStore store = CorpusStore.create(folder, "split corpus", DefaultLabelSchema.create());
		Source ana = factory.createSource();
		ana.setId("ana");
		ana.setName("Ana");
		ana.setKind(SourceKind.PERSON);
		store.corpus().getSources().add(ana);
		for (String id : IDS) {
			String text = id + ": Ana said prices will rise.";
			Document document = factory.createDocument();
			document.setId(id);
			document.setText(text);
			store.addDocument(document);
			AnnotationLayer layer = store.layerFor(id, CorpusStore.GOLD);
			SourceMention mention = factory.createSourceMention();
			mention.setId("m-" + id);
			SpanAnchors.place(mention, text, 5, 8); // "Ana"
			mention.setSource(ana);
			layer.getSourceMentions().add(mention);
			ClaimMention claim = factory.createClaimMention();
			claim.setId("c-" + id);
			SpanAnchors.place(claim, text, 14, 30); // "prices will rise"
			claim.setCredibility(label(id));
			layer.getClaims().add(claim);
			Attribution attribution = factory.createAttribution();
			attribution.setId("a-" + id);
			attribution.setClaim(claim);
			attribution.setSource(ana);
			attribution.setMention(mention);
			attribution.setStance("support");
			layer.getAttributions().add(attribution);
		}
		store.save();
		return store;
	}
}
