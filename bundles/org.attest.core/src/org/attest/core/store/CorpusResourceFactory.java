package org.attest.core.store;

import org.attest.model.util.AttestResourceFactoryImpl;
import org.attest.model.util.AttestResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Attest's XMI resources, read by a loader that takes a file's namespaces from the resource set's package
 * registry only. For a namespace it does not know, EMF's own loader would load a package from that URI, or
 * load and initialize the Java class a {@code java://} namespace names; here such a namespace is simply an
 * error of the file.
 */
final class CorpusResourceFactory extends AttestResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new AttestResourceImpl(uri) {
			@Override
			protected XMLLoad createXMLLoad() {
				return new XMILoadImpl(createXMLHelper()) {
					@Override
					protected DefaultHandler makeDefaultHandler() {
						return new SAXXMIHandler(resource, helper, options) {
							@Override
							protected EPackage getPackageForURI(String namespace) {
								if (namespace == null) {
									return null;
								}
								return extendedMetaData != null ? extendedMetaData.getPackage(namespace)
										: packageRegistry.getEPackage(namespace);
							}
						};
					}
				};
			}
		};
	}
}
