package org.attest.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * DESIGN's dependency rule, checked on the live OSGi wiring: ui → core → model.edit → model, and nothing
 * below ui reaches SWT, JFace or the workbench, directly or through another bundle.
 */
class LayeringTest {

	private static final Set<String> UI_BUNDLE_PREFIXES = Set.of("org.eclipse.swt", "org.eclipse.jface",
			"org.eclipse.ui", "org.eclipse.e4.ui", "org.attest.ui");

	@ParameterizedTest
	@ValueSource(strings = { "org.attest.model", "org.attest.model.edit", "org.attest.core" })
	void headlessBundlesReachNoUserInterface(String symbolicName) {
		Set<String> reachable = reachableFrom(bundle(symbolicName));

		assertFalse(reachable.isEmpty(), symbolicName + " is wired to nothing: it did not resolve");
		for (String name : reachable) {
			assertFalse(UI_BUNDLE_PREFIXES.stream().anyMatch(name::startsWith),
					() -> symbolicName + " reaches the UI bundle " + name + " through " + reachable);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.attest.model", "org.attest.model.edit" })
	void lowerLayersDoNotDependOnCore(String symbolicName) {
		assertFalse(reachableFrom(bundle(symbolicName)).contains("org.attest.core"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.attest.model.edit", "org.attest.core" })
	void upperLayersSeeTheModel(String symbolicName) {
		assertTrue(reachableFrom(bundle(symbolicName)).contains("org.attest.model"));
	}

	private static Bundle bundle(String symbolicName) {
		for (Bundle candidate : FrameworkUtil.getBundle(LayeringTest.class).getBundleContext().getBundles()) {
			if (symbolicName.equals(candidate.getSymbolicName())) {
				assertEquals(0, candidate.getState() & Bundle.INSTALLED, symbolicName + " did not resolve");
				return candidate;
			}
		}
		throw new AssertionError(symbolicName + " is not installed in the test runtime");
	}

	/** Symbolic names of every bundle the given bundle's wiring reaches, through any namespace. */
	private static Set<String> reachableFrom(Bundle start) {
		Set<String> seen = new TreeSet<>();
		Deque<BundleWiring> todo = new ArrayDeque<>();
		todo.add(start.adapt(BundleWiring.class));
		while (!todo.isEmpty()) {
			BundleWiring wiring = todo.poll();
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				BundleWiring provider = wire.getProviderWiring();
				String name = provider.getRevision().getSymbolicName();
				// the test fragment's own imports (JUnit) are wired to the host; they are not the host's design
				if (name != null && !name.startsWith("junit") && !name.startsWith("org.junit")
						&& !name.startsWith("org.opentest4j") && !name.startsWith("org.apiguardian")
						&& seen.add(name)) {
					todo.add(provider);
				}
			}
		}
		seen.remove(start.getSymbolicName());
		return seen;
	}
}
