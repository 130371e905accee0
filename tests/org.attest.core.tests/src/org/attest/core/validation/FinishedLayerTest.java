package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.attest.core.validation.Findings.assertFinding;
import static org.attest.core.validation.Findings.only;

import org.attest.model.LayerStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Rule 5: a done layer has no claim without an attribution or without credibility (errors); in an unfinished
 * layer those are work left (a warning and an info).
 */
class FinishedLayerTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@Test
	void unfinishedLayerWithEverythingDoneIsClean() {
		article.layer.setStatus(LayerStatus.TODO);

		assertClean(article.validate());
	}

	@Test
	void claimWithoutAttributionInAFinishedLayerIsAnError() {
		article.layer.getAttributions().remove(article.mayorSupports);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.CLAIM_WITHOUT_ATTRIBUTION,
				"Claim “The dam will be finished by spring” [39–73] has no source", article.dam);
	}

	@Test
	void claimWithoutAttributionInAnUnfinishedLayerIsAWarning() {
		article.layer.setStatus(LayerStatus.IN_PROGRESS);
		article.layer.getAttributions().remove(article.mayorSupports);

		assertFinding(only(article.validate()), Diagnostic.WARNING, AttestValidator.CLAIM_WITHOUT_ATTRIBUTION,
				"Claim “The dam will be finished by spring” [39–73] has no source yet", article.dam);
	}

	@Test
	void claimWithoutCredibilityInAFinishedLayerIsAnError() {
		article.denial.setCredibility(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.CLAIM_WITHOUT_CREDIBILITY,
				"Claim “it 🐟 on Monday” [22–37] has no credibility", article.denial);
	}

	@Test
	void claimWithoutCredibilityInAnUnfinishedLayerIsAnInfo() {
		article.layer.setStatus(LayerStatus.IN_PROGRESS);
		article.denial.setCredibility(null);

		assertFinding(only(article.validate()), Diagnostic.INFO, AttestValidator.CLAIM_WITHOUT_CREDIBILITY,
				"Claim “it 🐟 on Monday” [22–37] has no credibility yet", article.denial);
	}
}
