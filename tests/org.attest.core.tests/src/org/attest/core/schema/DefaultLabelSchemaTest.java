package org.attest.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default schema is exactly the one docs/labels.md documents, and usable as keyboard shortcuts and colours. */
class DefaultLabelSchemaTest {

	private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-f]{6}");

	private final LabelSchema schema = DefaultLabelSchema.create();

	@Test
	void hasTheThreeSetsInOrder() {
		assertEquals(List.of("stance|Stance|nominal", "credibility|Credibility|ordinal", "reliability|Reliability|ordinal"),
				schema.getLabelSets().stream()
						.map(set -> set.getId() + "|" + set.getName() + "|" + (set.isOrdinal() ? "ordinal" : "nominal")).toList());
	}

	@Test
	void stanceIsRumourEvalSdqc() {
		assertEquals(List.of(
				"support|Support|#2e7d32|s",
				"deny|Deny|#c62828|d",
				"query|Query|#1565c0|q",
				"comment|Comment|#616161|c"), rows(DefaultLabelSchema.STANCE));
	}

	@Test
	void credibilityIsThePolitiFactScaleBestFirstThenUnverifiable() {
		assertEquals(List.of(
				"true|True|#1b7a36|1",
				"mostly-true|Mostly true|#4f7a12|2",
				"half-true|Half true|#866a00|3",
				"barely-true|Barely true|#b04e00|4",
				"false|False|#c62828|5",
				"pants-fire|Pants on fire|#8b0000|6",
				"unverifiable|Unverifiable|#5f6368|0"), rows(DefaultLabelSchema.CREDIBILITY));
	}

	@Test
	void reliabilityRunsFromFiveDownToOne() {
		assertEquals(List.of(
				"5|5 \u2013 very reliable|#1b7a36|5",
				"4|4 \u2013 usually reliable|#4f7a12|4",
				"3|3 \u2013 fairly reliable|#866a00|3",
				"2|2 \u2013 not usually reliable|#b04e00|2",
				"1|1 \u2013 unreliable|#c62828|1"), rows(DefaultLabelSchema.RELIABILITY));
	}

	@Test
	void labelsCarryTheirOneLineDescription() {
		assertEquals("The source questions the claim or asks for evidence.",
				LabelSets.find(schema, DefaultLabelSchema.STANCE, DefaultLabelSchema.QUERY).orElseThrow().getDescription());
		for (LabelSet set : schema.getLabelSets()) {
			for (Label label : set.getLabels()) {
				String description = label.getDescription();
				assertTrue(description != null && !description.isBlank() && !description.contains("\n"), label.getId() + ": " + description);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { DefaultLabelSchema.STANCE, DefaultLabelSchema.CREDIBILITY, DefaultLabelSchema.RELIABILITY })
	void keysAreSingleCharactersUniqueWithinTheSet(String setId) {
		Set<String> keys = new HashSet<>();
		for (Label label : set(setId).getLabels()) {
			assertEquals(1, label.getKey().length(), label.getId());
			assertTrue(keys.add(label.getKey()), "key " + label.getKey() + " used twice in " + setId);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { DefaultLabelSchema.STANCE, DefaultLabelSchema.CREDIBILITY, DefaultLabelSchema.RELIABILITY })
	void coloursAreDistinctHexReadableOnWhite(String setId) {
		Set<String> colours = new HashSet<>();
		for (Label label : set(setId).getLabels()) {
			String colour = label.getColor();
			assertTrue(HEX_COLOR.matcher(colour).matches(), label.getId() + ": " + colour);
			assertTrue(colours.add(colour), "colour " + colour + " used twice in " + setId);
			assertTrue(contrastWithWhite(colour) >= 4.5, label.getId() + " " + colour + " contrast " + contrastWithWhite(colour));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { DefaultLabelSchema.CREDIBILITY, DefaultLabelSchema.RELIABILITY })
	void ordinalScalesRunFromGreenToRed(String setId) {
		List<Label> scale = LabelSets.scale(set(setId));
		double firstHue = hue(scale.get(0).getColor());
		double lastHue = hue(scale.get(scale.size() - 1).getColor());
		assertTrue(firstHue > 90 && firstHue < 150, "best label is not green: hue " + firstHue);
		assertTrue(lastHue < 15, "worst label is not red: hue " + lastHue);
		for (int i = 1; i < scale.size(); i++) {
			assertTrue(hue(scale.get(i).getColor()) <= hue(scale.get(i - 1).getColor()),
					scale.get(i).getId() + " is greener than " + scale.get(i - 1).getId());
		}
	}

	@Test
	void everyCallBuildsAFreshSchema() {
		LabelSchema other = DefaultLabelSchema.create();
		assertNotSame(schema, other);
		other.getLabelSets().get(0).getLabels().clear();
		assertFalse(set(DefaultLabelSchema.STANCE).getLabels().isEmpty());
	}

	private LabelSet set(String id) {
		return LabelSets.find(schema, id).orElseThrow();
	}

	private List<String> rows(String setId) {
		return set(setId).getLabels().stream()
				.map(label -> label.getId() + "|" + label.getName() + "|" + label.getColor() + "|" + label.getKey()).toList();
	}

	/** WCAG 2 contrast ratio of the colour against white. */
	private static double contrastWithWhite(String hex) {
		double luminance = 0.2126 * linear(hex, 1) + 0.7152 * linear(hex, 3) + 0.0722 * linear(hex, 5);
		return 1.05 / (luminance + 0.05);
	}

	private static double linear(String hex, int at) {
		double c = channel(hex, at);
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** Hue in degrees, 0 red, 120 green. */
	private static double hue(String hex) {
		double r = channel(hex, 1);
		double g = channel(hex, 3);
		double b = channel(hex, 5);
		double max = Math.max(r, Math.max(g, b));
		double delta = max - Math.min(r, Math.min(g, b));
		if (delta == 0) {
			return 0;
		}
		double sector = max == r ? ((g - b) / delta + 6) % 6 : max == g ? (b - r) / delta + 2 : (r - g) / delta + 4;
		return 60 * sector;
	}

	private static double channel(String hex, int at) {
		return Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
	}
}
