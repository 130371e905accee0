package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.attest.core.validation.Findings.assertFinding;
import static org.attest.core.validation.Findings.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;

import org.attest.model.AttestFactory;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

/** Rule 1: 0 ≤ begin < end ≤ length of the document text, and a layer without a text says so itself. */
class SpanOffsetsTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@Test
	void spanOverTheWholeTextIsWithinIt() {
		article.layer.getCues().add(AnnotatedArticle.span(AttestFactory.eINSTANCE.createCue(), 0, 90,
				AnnotatedArticle.TEXT));

		assertClean(article.validate());
	}

	@Test
	void emptySpanIsAnError() {
		article.denial.setEnd(22);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_EMPTY,
				"Claim “it 🐟 on Monday” [22–22] is empty or reversed: its end must come after its begin",
				article.denial);
	}

	@Test
	void reversedSpanIsAnError() {
		article.said.setBegin(89);
		article.said.setEnd(85);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_EMPTY,
				"Cue “said” [89–85] is empty or reversed: its end must come after its begin", article.said);
	}

	@Test
	void spanEndingAfterTheTextIsAnError() {
		article.mayorMention.setEnd(91);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_OUTSIDE_TEXT,
				"Source mention “the mayor” [75–91] lies outside the document text [0–90]", article.mayorMention);
	}

	@Test
	void spanBeginningBeforeTheTextIsAnError() {
		article.ministryMention.setBegin(-1);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_OUTSIDE_TEXT,
				"Source mention “The ministry” [-1–12] lies outside the document text [0–90]",
				article.ministryMention);
	}

	@Test
	void layerWithoutDocumentIsOneErrorOnTheLayer() {
		article.layer.setDocument(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.LAYER_WITHOUT_DOCUMENT,
				"Layer of “alice” has no document, so its spans cannot be checked against the text", article.layer);
	}

	@Test
	void layerWithUnresolvedDocumentIsOneErrorOnTheLayer() {
		Document unresolved = AttestFactory.eINSTANCE.createDocument();
		((InternalEObject) unresolved).eSetProxyURI(URI.createURI("documents/gone.attest#gone"));
		article.layer.setDocument(unresolved);
		article.denial.setEnd(500);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.LAYER_WITHOUT_DOCUMENT,
				"Layer of “alice” refers to a document that cannot be loaded (documents/gone.attest#gone), so its "
						+ "spans cannot be checked against the text",
				article.layer);
	}

	@Test
	void layerWhoseDocumentHasNoTextIsOneErrorOnTheLayer() {
		article.document.setText(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.LAYER_WITHOUT_DOCUMENT,
				"Layer of “alice” refers to document “dam-denial”, which has no text, so its spans cannot be "
						+ "checked against it",
				article.layer, article.document);
	}

	@Test
	void spanOutsideALayerIsNotChecked() {
		Cue loose = AnnotatedArticle.span(AttestFactory.eINSTANCE.createCue(), 80, 200, "nowhere");

		BasicDiagnostic findings = new BasicDiagnostic();

		assertTrue(AttestValidator.INSTANCE.validate(loose, findings, new HashMap<>()));
		assertClean(findings);
	}
}
