package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.attest.core.validation.Findings.assertFinding;
import static org.attest.core.validation.Findings.only;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 4: stance, credibility and reliability values are label ids of the schema's sets of those ids;
 * without a schema the rule is skipped.
 */
class LabelsExistTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@ParameterizedTest
	@ValueSource(strings = { "support", "deny", "query", "comment" })
	void everyStanceOfTheSchemaIsKnown(String stance) {
		article.ministryDenies.setStance(stance);

		assertClean(article.validate());
	}

	@Test
	void unknownStanceIsAnError() {
		article.ministryDenies.setStance("denies");

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.UNKNOWN_STANCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] has stance “denies”, which is not a stance label of "
						+ "the schema",
				article.ministryDenies);
	}

	@Test
	void labelOfAnotherSetIsNoStance() {
		article.ministryDenies.setStance("false");

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.UNKNOWN_STANCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] has stance “false”, which is not a stance label of "
						+ "the schema",
				article.ministryDenies);
	}

	@Test
	void unknownCredibilityIsAnError() {
		article.dam.setCredibility("mostly true");

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.UNKNOWN_CREDIBILITY,
				"Claim “The dam will be finished by spring” [39–73] has credibility “mostly true”, which is not a "
						+ "credibility label of the schema",
				article.dam);
	}

	@Test
	void unknownReliabilityIsOneErrorThoughTheSourceIsCitedTwice() {
		article.ministry.setReliability("6");

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.UNKNOWN_RELIABILITY,
				"Source “Ministry of Water” has reliability “6”, which is not a reliability label of the schema",
				article.ministry, article.ministryMention);
	}

	@Test
	void unsetReliabilityPasses() {
		article.mayor.setReliability(null);

		assertClean(article.validate());
	}

	@Test
	void sourceValidatedOnItsOwnIsChecked() {
		article.ministry.setReliability("very");
		AttestValidator.register();

		assertFinding(only(Diagnostician.INSTANCE.validate(article.ministry, Map.of(AttestValidator.SCHEMA,
				article.schema))), Diagnostic.ERROR, AttestValidator.UNKNOWN_RELIABILITY,
				"Source “Ministry of Water” has reliability “very”, which is not a reliability label of the schema",
				article.ministry);
	}

	@Test
	void withoutSchemaLabelsAreNotChecked() {
		article.ministryDenies.setStance("denies");
		article.dam.setCredibility("mostly true");
		article.ministry.setReliability("6");

		assertClean(LayerValidation.validate(article.layer, null));
	}
}
