package org.attest.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.attest.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping tables are exactly those of docs/labels.md, in order, and cover every default stance label. */
class StanceMappingsTest {

	@Test
	void toFnc1() {
		assertEquals(List.of(Map.entry("support", "agree"), Map.entry("deny", "disagree"), Map.entry("query", "discuss"),
				Map.entry("comment", "discuss")), List.copyOf(StanceMappings.toFnc1().entrySet()));
	}

	@Test
	void fromFnc1HasNoEntryForUnrelated() {
		assertEquals(List.of(Map.entry("agree", "support"), Map.entry("disagree", "deny"), Map.entry("discuss", "comment")),
				List.copyOf(StanceMappings.fromFnc1().entrySet()));
	}

	@Test
	void toEmergent() {
		assertEquals(List.of(Map.entry("support", "for"), Map.entry("deny", "against"), Map.entry("query", "observing"),
				Map.entry("comment", "observing")), List.copyOf(StanceMappings.toEmergent().entrySet()));
	}

	@Test
	void fromEmergent() {
		assertEquals(List.of(Map.entry("for", "support"), Map.entry("against", "deny"), Map.entry("observing", "comment")),
				List.copyOf(StanceMappings.fromEmergent().entrySet()));
	}

	@Test
	void toSemEval2016() {
		assertEquals(List.of(Map.entry("support", "FAVOR"), Map.entry("deny", "AGAINST"), Map.entry("query", "NONE"),
				Map.entry("comment", "NONE")), List.copyOf(StanceMappings.toSemEval2016().entrySet()));
	}

	@Test
	void fromSemEval2016() {
		assertEquals(List.of(Map.entry("FAVOR", "support"), Map.entry("AGAINST", "deny"), Map.entry("NONE", "comment")),
				List.copyOf(StanceMappings.fromSemEval2016().entrySet()));
	}

	@ParameterizedTest
	@MethodSource("outgoingTables")
	void everyDefaultStanceLabelIsMapped(Map<String, String> table) {
		List<String> stanceIds = LabelSets.find(DefaultLabelSchema.create(), DefaultLabelSchema.STANCE).orElseThrow().getLabels()
				.stream().map(Label::getId).toList();
		assertEquals(stanceIds, List.copyOf(table.keySet()));
	}

	@ParameterizedTest
	@MethodSource("allTables")
	void tablesAreReadOnly(Map<String, String> table) {
		assertThrows(UnsupportedOperationException.class, () -> table.put("support", "agree"));
	}

	static List<Map<String, String>> outgoingTables() {
		return List.of(StanceMappings.toFnc1(), StanceMappings.toEmergent(), StanceMappings.toSemEval2016());
	}

	static List<Map<String, String>> allTables() {
		return List.of(StanceMappings.toFnc1(), StanceMappings.fromFnc1(), StanceMappings.toEmergent(), StanceMappings.fromEmergent(),
				StanceMappings.toSemEval2016(), StanceMappings.fromSemEval2016());
	}
}
