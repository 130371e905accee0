package org.attest.ui.tests.edit;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Corpus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.edit.labels.AttestEditAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * A small corpus (default label schema, two sources) and one layer with a claim attributed to a source, in a
 * resource set edited through an editing domain set up as {@code AnnotationSession} sets up its own.
 */
final class EditingFixture {

	private static final AttestFactory MODEL = AttestFactory.eINSTANCE;

	final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
	final AdapterFactoryEditingDomain domain;
	final Corpus corpus = MODEL.createCorpus();
	final Source ilse = source("ilse-varga", "Ilse Varga", SourceKind.PERSON);
	final Source authority = source("water-authority", "Upper Halvane Water Authority", SourceKind.GOVERNMENT);
	final AnnotationLayer layer = MODEL.createAnnotationLayer();
	final ClaimMention claim = MODEL.createClaimMention();
	final Attribution attribution = MODEL.createAttribution();

	EditingFixture() {
		adapterFactory.addAdapterFactory(new AttestEditAdapterFactory());
		adapterFactory.addAdapterFactory(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		ResourceSet resourceSet = new ResourceSetImpl();
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet);
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));

		corpus.setName("Harbour towns");
		corpus.setSchema(DefaultLabelSchema.create());
		corpus.getSources().add(ilse);
		corpus.getSources().add(authority);
		ilse.getAliases().add("Councillor Varga");

		claim.setId("c1");
		claim.setBegin(12);
		claim.setEnd(46);
		claim.setQuote("the dam will be finished by spring");
		claim.setClaimType(ClaimType.PREDICTION);
		claim.setCredibility("half-true");
		layer.setAnnotator("ana");
		layer.getClaims().add(claim);
		attribution.setClaim(claim);
		attribution.setSource(ilse);
		attribution.setStance(DefaultLabelSchema.SUPPORT);
		layer.getAttributions().add(attribution);

		add(resourceSet, "corpus.attest", corpus);
		add(resourceSet, "layers/ana/doc.attest", layer);
	}

	CommandStack commandStack() {
		return domain.getCommandStack();
	}

	void dispose() {
		adapterFactory.dispose();
	}

	private static Source source(String id, String name, SourceKind kind) {
		Source source = MODEL.createSource();
		source.setId(id);
		source.setName(name);
		source.setKind(kind);
		return source;
	}

	private static void add(ResourceSet resourceSet, String path, EObject root) {
		Resource resource = new ResourceImpl(URI.createURI("memory:/corpus/" + path));
		resource.getContents().add(root);
		resourceSet.getResources().add(resource);
	}
}
