package org.attest.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The model bundle stands on EMF alone (DESIGN: "depends on EMF only"). */
class ModelBundleTest {

	@Test
	void requiresOnlyEmfBundles() {
		Bundle model = FrameworkUtil.getBundle(ModelBundleTest.class);
		assertEquals("org.attest.model", model.getSymbolicName());

		List<String> required = model.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)
				.stream().map(BundleWire::getProvider).map(r -> r.getSymbolicName()).toList();

		assertTrue(required.contains("org.eclipse.emf.ecore"), () -> "EMF Ecore is not wired: " + required);
		assertTrue(required.stream().allMatch(name -> name.startsWith("org.eclipse.emf.")),
				() -> "the model requires more than EMF: " + required);
	}
}
