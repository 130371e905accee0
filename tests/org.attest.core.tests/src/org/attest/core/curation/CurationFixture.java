package org.attest.core.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Corpus;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.attest.model.util.AttestResourceFactoryImpl;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * Small hand-written layers of two or three annotators on one short text, in memory, with an editing domain
 * and its command stack, as the editor has them. Offsets of the text, counted by hand:
 *
 * <pre>
 * "Ilse Varga" [6, 16)   "said" [17, 21)   "the dam will be finished by spring" [22, 56)
 * "Engineers" [58, 67)   "say" [68, 71)    "it is 62 percent complete" [72, 97)   "62 percent complete" [78, 97)
 * "The union" [99, 108)  "denied" [109, 115)   "wages were cut" [121, 135)
 * </pre>
 */
final class CurationFixture {

	static final String TEXT = "Mayor Ilse Varga said the dam will be finished by spring. Engineers say it is 62 percent "
			+ "complete. The union denied that wages were cut.";

	private static final AttestFactory F = AttestFactory.eINSTANCE;

	final ResourceSetImpl resourceSet = new ResourceSetImpl();
	final BasicCommandStack stack = new BasicCommandStack();
	final AdapterFactoryEditingDomain domain;
	final Corpus corpus = F.createCorpus();
	final Document document = F.createDocument();
	final Source varga = source("ilse-varga", "Ilse Varga");
	final Source engineers = source("engineers", "Engineers");
	final Source union = source("union", "The union");
	final Rejections rejections = Rejections.inMemory();
	private final Map<String, AnnotationLayer> annotators = new LinkedHashMap<>();
	private AnnotationLayer gold;
	private int ids;

	CurationFixture() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, stack, resourceSet);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("attest", new AttestResourceFactoryImpl());
		document.setId("dam");
		document.setText(TEXT);
		corpus.getSources().addAll(List.of(varga, engineers, union));
		store(corpus, "corpus.attest");
		store(document, "documents/dam.attest");
	}

	/** A new, empty layer of the annotator, compared from now on. */
	AnnotationLayer annotator(String name) {
		AnnotationLayer layer = layer(name);
		annotators.put(name, layer);
		return layer;
	}

	/** The gold layer, created empty on first use. */
	AnnotationLayer gold() {
		if (gold == null) {
			gold = layer("gold");
		}
		return gold;
	}

	/** The curation as it stands: the annotators' layers in the order created, gold if created. */
	Curation curation() {
		return Curation.of(annotators, gold, rejections);
	}

	/** Runs the command on the stack, failing if it cannot run. */
	void run(Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("cannot execute " + command.getLabel());
		}
		stack.execute(command);
	}

	ClaimMention claim(AnnotationLayer layer, String quote, ClaimType type, String credibility) {
		ClaimMention claim = place(layer, F.createClaimMention(), quote);
		claim.setClaimType(type);
		claim.setCheckworthy(true);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
		return claim;
	}

	SourceMention mention(AnnotationLayer layer, String quote, Source source) {
		SourceMention mention = place(layer, F.createSourceMention(), quote);
		mention.setSource(source);
		layer.getSourceMentions().add(mention);
		return mention;
	}

	Cue cue(AnnotationLayer layer, String quote) {
		Cue cue = place(layer, F.createCue(), quote);
		layer.getCues().add(cue);
		return cue;
	}

	Attribution attribute(AnnotationLayer layer, ClaimMention claim, Source source, String stance, SourceMention mention,
			Cue cue) {
		Attribution attribution = F.createAttribution();
		attribution.setId(layer.getAnnotator() + "-" + ++ids);
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setStance(stance);
		attribution.setMention(mention);
		attribution.setCue(cue);
		layer.getAttributions().add(attribution);
		return attribution;
	}

	/** The layer as its file would read: every annotation and reference, to compare states exactly. */
	static String xml(AnnotationLayer layer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			layer.eResource().save(bytes, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** The item of the curation that holds the annotation. */
	static CurationItem itemOf(Curation curation, EObject annotation) {
		CurationItem item = curation.itemOf(annotation);
		if (item == null) {
			throw new AssertionError("no item holds " + annotation);
		}
		return item;
	}

	private <S extends Span> S place(AnnotationLayer layer, S span, String quote) {
		int begin = TEXT.indexOf(quote);
		if (begin < 0 || TEXT.indexOf(quote, begin + 1) >= 0) {
			throw new IllegalArgumentException("not once in the text: " + quote);
		}
		SpanAnchors.place(span, TEXT, begin, begin + quote.length());
		span.setId(layer.getAnnotator() + "-" + ++ids);
		return span;
	}

	private AnnotationLayer layer(String annotator) {
		AnnotationLayer layer = F.createAnnotationLayer();
		layer.setAnnotator(annotator);
		layer.setDocument(document);
		store(layer, "layers/" + annotator + "/dam.attest");
		return layer;
	}

	private Source source(String id, String name) {
		Source source = F.createSource();
		source.setId(id);
		source.setName(name);
		return source;
	}

	private void store(EObject content, String path) {
		Resource resource = resourceSet.createResource(URI.createURI("mem:/corpus/" + path));
		resource.getContents().add(content);
	}
}
