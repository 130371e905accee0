package org.attest.core.store;

/**
 * A class that only loading it by name initializes: a corpus file naming it as a {@code java://} namespace
 * must not (EMF's default loader would, as it would any class it can see).
 */
public final class NamespaceCanary {

	static {
		HostileCorpusFilesTest.CANARY_INITIALIZED.set(true);
	}

	private NamespaceCanary() {
	}
}
