package org.attest.core.store;

import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * Reads an XMI file taking its namespaces from the resource set's package registry only. For a namespace the
 * registry lacks, EMF's own handler would load a package from that URI, or load and initialize the Java class a
 * {@code java://} namespace names; here such a namespace is simply an error of the file.
 */
class RegisteredPackagesHandler extends SAXXMIHandler {

	RegisteredPackagesHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected EPackage getPackageForURI(String namespace) {
		if (namespace == null) {
			return null;
		}
		return extendedMetaData != null ? extendedMetaData.getPackage(namespace) : packageRegistry.getEPackage(namespace);
	}
}
