package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.attest.model.AttestPackage;
import org.attest.model.LayerStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

/** The facade and the validator's contract with EMF: registration, the result tree, the yes/no answer. */
class LayerValidationTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@Test
	void completeFinishedLayerIsOk() {
		Diagnostic result = article.validate();

		assertEquals(Diagnostic.OK, result.getSeverity());
		assertClean(result);
	}

	@Test
	void rootHasTheWorstSeverityFound() {
		article.layer.setStatus(LayerStatus.IN_PROGRESS);
		article.denial.setCredibility(null);
		article.layer.getAttributions().remove(article.mayorSupports);

		Diagnostic result = article.validate();

		assertEquals(Diagnostic.WARNING, result.getSeverity());
		assertEquals(List.of(AttestValidator.CLAIM_WITHOUT_CREDIBILITY, AttestValidator.CLAIM_WITHOUT_ATTRIBUTION),
				Findings.codes(result));
	}

	@Test
	void registeringTwiceKeepsOneValidator() {
		AttestValidator.register();
		AttestValidator.register();

		assertSame(AttestValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(AttestPackage.eINSTANCE));
	}

	@Test
	void emfsOwnDiagnosticianFindsTheSameOnceRegistered() {
		article.denial.setQuote("it on Monday");
		article.dam.setCredibility(null);
		AttestValidator.register();

		Diagnostic direct = Diagnostician.INSTANCE.validate(article.layer);
		Diagnostic facade = LayerValidation.validate(article.layer, null);

		assertEquals(messages(facade), messages(direct));
		assertEquals(2, direct.getChildren().size());
	}

	@Test
	void objectWithWarningsOnlyIsValid() {
		article.layer.setStatus(LayerStatus.IN_PROGRESS);
		article.ministryDenies.setStance(null);

		assertTrue(AttestValidator.INSTANCE.validate(article.ministryDenies, null, new HashMap<>()));
	}

	@Test
	void objectWithAnErrorIsInvalid() {
		article.ministryDenies.setStance(null);

		assertFalse(AttestValidator.INSTANCE.validate(article.ministryDenies, null, new HashMap<>()));
	}

	private static List<String> messages(Diagnostic result) {
		return result.getChildren().stream().map(Diagnostic::getMessage).toList();
	}
}
