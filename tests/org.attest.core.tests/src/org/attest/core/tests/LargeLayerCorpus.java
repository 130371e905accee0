package org.attest.core.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
 * A corpus for tests that kill a process while it writes: one long article whose gold layer holds the given
 * number of claims, half as many source mentions and attributions (2,000 claims make about 1 MB of XMI), and a
 * registry of 20 sources ({@code source-0} … {@code source-19}).
 */
public final class LargeLayerCorpus {

	private static final AttestFactory F = AttestFactory.eINSTANCE;

	private LargeLayerCorpus() {
	}

	/** Creates and saves the corpus; {@code eachClaim} gives each claim what the test needs before the save. */
	public static CorpusStore create(Path folder, String name, String documentId, int claims,
			Consumer<ClaimMention> eachClaim) throws IOException {
		CorpusStore store = CorpusStore.create(folder, name, DefaultLabelSchema.create());
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Source source = F.createSource();
			source.setId("source-" + i);
			source.setName("Official Number " + i);
			source.setKind(SourceKind.PERSON);
			sources.add(source);
		}
		store.corpus().getSources().addAll(sources);
		StringBuilder text = new StringBuilder();
		List<int[]> sentences = new ArrayList<>();
		for (int i = 0; i < claims; i++) {
			String speaker = "Official Number " + i % 20;
			int begin = text.length();
			text.append(speaker).append(" said the reservoir will hold ").append(1_000 + i).append(" cubic metres by spring. ");
			sentences.add(new int[] { begin, begin + speaker.length() });
		}
		Document document = F.createDocument();
		document.setId(documentId);
		document.setText(text.toString());
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor(documentId, CorpusStore.GOLD);
		String content = document.getText();
		for (int i = 0; i < claims; i++) {
			int[] sentence = sentences.get(i);
			ClaimMention claim = F.createClaimMention();
			SpanAnchors.place(claim, content, sentence[1] + " said ".length(), content.indexOf(" by spring", sentence[1]));
			eachClaim.accept(claim);
			layer.getClaims().add(claim);
			if (i % 2 == 0) {
				SourceMention mention = F.createSourceMention();
				SpanAnchors.place(mention, content, sentence[0], sentence[1]);
				mention.setSource(sources.get(i % 20));
				layer.getSourceMentions().add(mention);
				Attribution attribution = F.createAttribution();
				attribution.setClaim(claim);
				attribution.setSource(sources.get(i % 20));
				attribution.setMention(mention);
				attribution.setStance("support");
				layer.getAttributions().add(attribution);
			}
		}
		store.save();
		return store;
	}
}
