package org.attest.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;
import org.junit.jupiter.api.Test;

/** Lookups by id and the ordinal scales, on the default schema. */
class LabelSetsTest {

	private final LabelSchema schema = DefaultLabelSchema.create();

	@Test
	void findsASetById() {
		assertEquals("Credibility", LabelSets.find(schema, "credibility").map(LabelSet::getName).orElseThrow());
	}

	@Test
	void findsNoSetForAnUnknownIdOrAMissingSchema() {
		assertTrue(LabelSets.find(schema, "topic").isEmpty());
		assertTrue(LabelSets.find(null, "stance").isEmpty());
		assertTrue(LabelSets.find(null, "stance", "support").isEmpty());
	}

	@Test
	void findsALabelWithinItsSet() {
		assertEquals("Mostly true", LabelSets.find(schema, "credibility", "mostly-true").map(Label::getName).orElseThrow());
		assertEquals("3 \u2013 fairly reliable", LabelSets.find(schema, "reliability", "3").map(Label::getName).orElseThrow());
	}

	@Test
	void findsNoLabelOutsideItsSetOrForAnUnsetAnnotation() {
		assertTrue(LabelSets.find(schema, "stance", "true").isEmpty());
		assertTrue(LabelSets.find(schema, "reliability", "6").isEmpty());
		assertTrue(LabelSets.find(schema, "credibility", null).isEmpty());
		assertTrue(LabelSets.find(schema, "topic", "support").isEmpty());
	}

	@Test
	void credibilityScaleLeavesOutUnverifiable() {
		assertEquals(List.of("true", "mostly-true", "half-true", "barely-true", "false", "pants-fire"), scaleIds("credibility"));
	}

	@Test
	void reliabilityScaleIsAllFiveLevels() {
		assertEquals(List.of("5", "4", "3", "2", "1"), scaleIds("reliability"));
	}

	@Test
	void nominalSetHasNoScale() {
		assertEquals(List.of(), scaleIds("stance"));
	}

	@Test
	void ranksCountFromTheBest() {
		LabelSet credibility = LabelSets.find(schema, "credibility").orElseThrow();
		assertEquals(OptionalInt.of(0), LabelSets.rank(credibility, "true"));
		assertEquals(OptionalInt.of(2), LabelSets.rank(credibility, "half-true"));
		assertEquals(OptionalInt.of(5), LabelSets.rank(credibility, "pants-fire"));
		assertEquals(OptionalInt.of(4), LabelSets.rank(LabelSets.find(schema, "reliability").orElseThrow(), "1"));
	}

	@Test
	void unverifiableUnknownUnsetAndNominalLabelsHaveNoRank() {
		LabelSet credibility = LabelSets.find(schema, "credibility").orElseThrow();
		assertEquals(OptionalInt.empty(), LabelSets.rank(credibility, "unverifiable"));
		assertEquals(OptionalInt.empty(), LabelSets.rank(credibility, "mostly-false"));
		assertEquals(OptionalInt.empty(), LabelSets.rank(credibility, null));
		assertEquals(OptionalInt.empty(), LabelSets.rank(LabelSets.find(schema, "stance").orElseThrow(), "support"));
	}

	private List<String> scaleIds(String setId) {
		return LabelSets.scale(LabelSets.find(schema, setId).orElseThrow()).stream().map(Label::getId).toList();
	}
}
