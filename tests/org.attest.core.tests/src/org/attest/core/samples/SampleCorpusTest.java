package org.attest.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.attest.core.validation.LayerValidation;
import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.SourceKind;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample corpus ({@code samples/}) loads, its gold layers validate clean, and it holds what the
 * annotators put in it: the counts below were tallied from the annotation specification, not by this code.
 */
class SampleCorpusTest {

	private static CorpusStore samples;

	@BeforeAll
	static void openTheSamples() throws IOException {
		samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
	}

	@Test
	void theCorpusListsThreeDocumentsTwoAnnotatorsAndItsRegistry() {
		assertEquals(List.of("harbor-fish-stocks", "ministry-denies-report", "riverton-dam-delay"), samples.documentIds());
		assertEquals(List.of("gold", "ana"), samples.corpus().getAnnotators().stream().map(a -> a.getName()).toList());
		assertEquals(23, samples.corpus().getSources().size());
		assertEquals(List.of("stance", "credibility", "reliability"),
				samples.corpus().getSchema().getLabelSets().stream().map(s -> s.getId()).toList());
	}

	@ParameterizedTest
	@CsvSource({ "harbor-fish-stocks, 9, 11, 12, 12", "ministry-denies-report, 9, 15, 14, 16",
			"riverton-dam-delay, 9, 13, 13, 14" })
	void goldLayersValidateCleanWithTheirCounts(String documentId, int claims, int mentions, int cues, int attributions)
			throws IOException {
		AnnotationLayer gold = samples.layer(documentId, CorpusStore.GOLD).orElseThrow();

		Diagnostic diagnostic = LayerValidation.validate(gold, samples.corpus().getSchema());

		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> messages(diagnostic));
		assertEquals(LayerStatus.DONE, gold.getStatus());
		assertEquals(claims, gold.getClaims().size());
		assertEquals(mentions, gold.getSourceMentions().size());
		assertEquals(cues, gold.getCues().size());
		assertEquals(attributions, gold.getAttributions().size());
	}

	@ParameterizedTest
	@CsvSource({ "harbor-fish-stocks", "ministry-denies-report", "riverton-dam-delay" })
	void theSecondAnnotatorsLayersAreUnfinishedButHaveNoErrors(String documentId) throws IOException {
		AnnotationLayer ana = samples.layer(documentId, "ana").orElseThrow();

		Diagnostic diagnostic = LayerValidation.validate(ana, samples.corpus().getSchema());

		assertEquals(LayerStatus.IN_PROGRESS, ana.getStatus());
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> messages(diagnostic));
		assertEquals(List.of("ana", "gold"), samples.annotatorsOf(documentId));
	}

	@Test
	void theArticlesCarryWhatTheyWereWrittenToTest() throws IOException {
		Document dam = samples.document("riverton-dam-delay");
		assertTrue(dam.getText().contains("\nMost Popular\n") && dam.getText().contains("\nLoad more\n"),
				"the dam article lost its scraped-page junk");

		Document harbor = samples.document("harbor-fish-stocks");
		assertTrue(harbor.getText().contains("’") && harbor.getText().contains("“") && harbor.getText().contains("—"));
		assertTrue(harbor.getText().contains("🐟"), "the harbor article lost its emoji");

		AnnotationLayer ministry = samples.layer("ministry-denies-report", CorpusStore.GOLD).orElseThrow();
		assertTrue(ministry.getAttributions().stream().anyMatch(a -> "deny".equals(a.getStance())));
		assertTrue(ministry.getAttributions().stream().anyMatch(a -> a.getSource().getKind() == SourceKind.ANONYMOUS));
	}

	private static String messages(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(child.getMessage()).append('\n');
		}
		return text.toString();
	}
}
