package org.attest.ui.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The objects a single reference can be set to: those of the reference's type in the resources already
 * loaded, preceded by {@code null} where the reference is optional. Not EMF.Edit's
 * {@code getChoiceOfValues}: that follows every reference of every loaded object, so it resolves the corpus's
 * list of documents and reads every article of the corpus the first time a reference is edited, where the
 * store loads documents only on demand. In an annotation session the loaded resources are the corpus (its
 * source registry), the document and the annotator's layer, which hold every valid target.
 */
final class ReferenceCandidates {

	private ReferenceCandidates() {
	}

	static List<Object> of(Object object, EReference reference) {
		List<Object> candidates = new ArrayList<>();
		if (!reference.isRequired()) {
			candidates.add(null);
		}
		ResourceSet resourceSet = object instanceof EObject eObject && eObject.eResource() != null
				? eObject.eResource().getResourceSet()
				: null;
		if (resourceSet != null) {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				resource.getAllContents().forEachRemaining(content -> {
					if (reference.getEReferenceType().isInstance(content)) {
						candidates.add(content);
					}
				});
			}
		}
		return candidates;
	}
}
