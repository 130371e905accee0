package org.attest.ui.internal.edit;

import java.util.List;
import java.util.Optional;

import org.attest.model.Corpus;
import org.attest.model.LabelSchema;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Finds the label schema that applies to a model object: the one of the corpus edited alongside it. An
 * annotation session's editing domain holds {@code corpus.attest} in its resource set next to the layer and
 * the document, so the corpus is found among the loaded resources, without loading anything.
 */
final class CorpusSchemas {

	private CorpusSchemas() {
	}

	/** The schema of the corpus in the object's editing domain; empty when there is no domain, corpus or schema. */
	static Optional<LabelSchema> of(Object object) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		if (domain == null || domain.getResourceSet() == null) {
			return Optional.empty();
		}
		return List.copyOf(domain.getResourceSet().getResources()).stream().map(Resource::getContents)
				.flatMap(List::stream).filter(Corpus.class::isInstance).map(Corpus.class::cast).findFirst()
				.map(Corpus::getSchema);
	}
}
