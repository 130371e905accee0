package org.attest.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The edit layer sits on the model and EMF.Edit (plus the runtime its plug-in class needs), and on nothing of the UI. */
class ModelEditBundleTest {

	@Test
	void requiresTheModelAndEmfEditAndNoUserInterface() {
		Bundle edit = FrameworkUtil.getBundle(ModelEditBundleTest.class);
		assertEquals("org.attest.model.edit", edit.getSymbolicName());

		List<String> required = edit.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)
				.stream().map(BundleWire::getProvider).map(r -> r.getSymbolicName()).sorted().toList();

		assertEquals(List.of("org.attest.model", "org.eclipse.core.runtime", "org.eclipse.emf.ecore.edit", "org.eclipse.emf.edit"), required);
	}
}
