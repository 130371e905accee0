package org.attest.core.store;

import org.attest.model.util.AttestResourceFactoryImpl;
import org.attest.model.util.AttestResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/** Attest's XMI resources for a corpus's files, read by a {@link RegisteredPackagesHandler}. */
final class CorpusResourceFactory extends AttestResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new AttestResourceImpl(uri) {
			@Override
			protected XMLLoad createXMLLoad() {
				return new XMILoadImpl(createXMLHelper()) {
					@Override
					protected DefaultHandler makeDefaultHandler() {
						return new RegisteredPackagesHandler(resource, helper, options);
					}
				};
			}
		};
	}
}
