package org.attest.ui.tests.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.Test;

/** The wizards are where File > Import and File > Export list them: in the Attest category, with an icon. */
class WizardRegistrationTest {

	@Test
	void importArticlesIsAnImportWizardInTheAttestCategory() {
		assertRegistered(PlatformUI.getWorkbench().getImportWizardRegistry(), "org.attest.ui.wizards.importArticles",
				"Attest Articles");
	}

	@Test
	void exportCorpusIsAnExportWizardInTheAttestCategory() {
		assertRegistered(PlatformUI.getWorkbench().getExportWizardRegistry(), "org.attest.ui.wizards.exportCorpus",
				"Attest Corpus");
	}

	private static void assertRegistered(IWizardRegistry registry, String id, String label) {
		IWizardDescriptor wizard = registry.findWizard(id);
		assertNotNull(wizard, id);
		assertEquals(label, wizard.getLabel());
		assertEquals("Attest", wizard.getCategory().getLabel());
		assertNotNull(wizard.getImageDescriptor(), "the icon of " + id);
	}
}
