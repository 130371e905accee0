package org.attest.core.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Corpus;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each annotation command does its one step, and undo and redo take it back and forth. */
class AnnotationCommandsTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String TEXT = "Mayor Ilse Varga said the dam will be finished by spring.";

	private EditingDomain domain;
	private CommandStack stack;
	private Corpus corpus;
	private AnnotationLayer layer;

	@BeforeEach
	void setUp() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapters, stack, resourceSet);
		corpus = F.createCorpus();
		Document document = F.createDocument();
		document.setId("dam");
		document.setText(TEXT);
		layer = F.createAnnotationLayer();
		layer.setDocument(document);
		for (EObject content : List.of(corpus, document, layer)) {
			Resource resource = resourceSet.createResource(URI.createURI("mem:/" + content.eClass().getName()));
			resource.getContents().add(content);
		}
	}

	private void run(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
	}

	@Test
	void markClaimAddsAPlacedClaimThatUndoRemoves() {
		run(AnnotationCommands.markClaim(domain, layer, 26, 56));

		ClaimMention claim = layer.getClaims().get(0);
		assertEquals("dam will be finished by spring", claim.getQuote());
		assertEquals("Mayor Ilse Varga said the ", claim.getPrefix());
		assertEquals("Mark Claim", stack.getUndoCommand().getLabel());

		stack.undo();
		assertEquals(List.of(), layer.getClaims());
		stack.redo();
		assertSame(claim, layer.getClaims().get(0));
	}

	@Test
	void markingANewSourceAddsItToTheRegistryInTheSameStep() {
		Source varga = AnnotationCommands.newSource(corpus, "Ilse Varga", SourceKind.PERSON);
		run(AnnotationCommands.markSourceMention(domain, layer, 6, 16, varga, corpus));

		assertEquals(List.of(varga), corpus.getSources());
		SourceMention mention = layer.getSourceMentions().get(0);
		assertEquals("Ilse Varga", mention.getQuote());
		assertSame(varga, mention.getSource());

		stack.undo();
		assertEquals(List.of(), corpus.getSources());
		assertEquals(List.of(), layer.getSourceMentions());
	}

	@Test
	void linkStanceCredibilityAndCueAreStepsOfTheirOwn() {
		run(AnnotationCommands.markClaim(domain, layer, 26, 56));
		ClaimMention claim = layer.getClaims().get(0);
		Source varga = AnnotationCommands.newSource(corpus, "Ilse Varga", SourceKind.PERSON);
		run(AnnotationCommands.markSourceMention(domain, layer, 6, 16, varga, corpus));
		SourceMention mention = layer.getSourceMentions().get(0);

		run(AnnotationCommands.link(domain, layer, claim, varga, mention));
		Attribution attribution = layer.getAttributions().get(0);
		run(AnnotationCommands.setStance(domain, attribution, "deny"));
		run(AnnotationCommands.setCredibility(domain, claim, "half-true"));
		run(AnnotationCommands.markCue(domain, layer, 17, 21, attribution));

		assertSame(claim, attribution.getClaim());
		assertSame(mention, attribution.getMention());
		assertEquals("deny", attribution.getStance());
		assertEquals("half-true", claim.getCredibility());
		Cue cue = layer.getCues().get(0);
		assertEquals("said", cue.getQuote());
		assertSame(cue, attribution.getCue());

		stack.undo(); // cue
		assertNull(attribution.getCue());
		assertEquals(List.of(), layer.getCues());
		stack.undo(); // credibility
		assertNull(claim.getCredibility());
		stack.undo(); // stance
		assertNull(attribution.getStance());
		stack.redo();
		assertEquals("deny", attribution.getStance());
	}

	@Test
	void theFirstChangeToALayerToDoPutsItInProgressInTheSameStep() {
		layer.setStatus(LayerStatus.TODO);

		run(AnnotationCommands.startingWork(domain, layer, AnnotationCommands.markClaim(domain, layer, 26, 56)));

		assertEquals(LayerStatus.IN_PROGRESS, layer.getStatus());
		assertEquals("Mark Claim", stack.getUndoCommand().getLabel());
		stack.undo();
		assertEquals(LayerStatus.TODO, layer.getStatus());
		assertEquals(0, layer.getClaims().size());
	}

	@Test
	void laterChangesLeaveTheStatusAsTheAnnotatorSetIt() {
		layer.setStatus(LayerStatus.DONE);
		Command mark = AnnotationCommands.markClaim(domain, layer, 26, 56);

		assertSame(mark, AnnotationCommands.startingWork(domain, layer, mark));
		run(AnnotationCommands.setStatus(domain, layer, LayerStatus.IN_PROGRESS));
		assertEquals(LayerStatus.IN_PROGRESS, layer.getStatus());
		stack.undo();
		assertEquals(LayerStatus.DONE, layer.getStatus());
	}

	@Test
	void deletingAClaimTakesItsAttributionsAndUndoBringsBothBack() {
		run(AnnotationCommands.markClaim(domain, layer, 26, 56));
		ClaimMention claim = layer.getClaims().get(0);
		Source varga = AnnotationCommands.newSource(corpus, "Ilse Varga", SourceKind.PERSON);
		corpus.getSources().add(varga);
		run(AnnotationCommands.link(domain, layer, claim, varga, null));

		run(AnnotationCommands.delete(domain, layer, claim));
		assertEquals(List.of(), layer.getClaims());
		assertEquals(List.of(), layer.getAttributions());

		stack.undo();
		assertEquals(List.of(claim), layer.getClaims());
		assertSame(claim, layer.getAttributions().get(0).getClaim());
	}

	@Test
	void deletingAMentionKeepsTheAttributionWithoutIt() {
		run(AnnotationCommands.markClaim(domain, layer, 26, 56));
		Source varga = AnnotationCommands.newSource(corpus, "Ilse Varga", SourceKind.PERSON);
		run(AnnotationCommands.markSourceMention(domain, layer, 6, 16, varga, corpus));
		SourceMention mention = layer.getSourceMentions().get(0);
		run(AnnotationCommands.link(domain, layer, layer.getClaims().get(0), varga, mention));

		run(AnnotationCommands.delete(domain, layer, mention));

		assertEquals(List.of(), layer.getSourceMentions());
		assertEquals(1, layer.getAttributions().size());
		assertNull(layer.getAttributions().get(0).getMention());
		assertSame(varga, layer.getAttributions().get(0).getSource());
	}

	@Test
	void newSourcesGetReadableUniqueIds() {
		Source first = AnnotationCommands.newSource(corpus, "Ilse Varga", SourceKind.PERSON);
		corpus.getSources().add(first);
		Source second = AnnotationCommands.newSource(corpus, " Ilse  Varga ", SourceKind.PERSON);

		assertEquals("ilse-varga", first.getId());
		assertEquals("ilse-varga-2", second.getId());
		assertEquals("Ilse  Varga", second.getName());
		assertEquals("emile-nunez-o-brien", AnnotationCommands.newSource(corpus, "Émile Núñez O’Brien", SourceKind.PERSON).getId());
		assertEquals("source", AnnotationCommands.newSource(corpus, "“—”", SourceKind.ANONYMOUS).getId());
	}
}
