package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.attest.core.text.Offsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApproximateMatcherTest {

	@Test
	void findsAnExactOccurrenceWithNoEdits() {
		assertEquals(List.of(new ApproximateMatcher.Match(4, 10, 0)),
				new ApproximateMatcher("bridge").find("the bridge opens", 0, 16, 1));
	}

	@Test
	void countsSubstitutionsInsertionsAndDeletions() {
		ApproximateMatcher matcher = new ApproximateMatcher("reopen in May");

		assertEquals(List.of(new ApproximateMatcher.Match(4, 17, 1)), matcher.find("was reopan in May", 0, 17, 3));
		assertEquals(List.of(new ApproximateMatcher.Match(4, 18, 1)), matcher.find("was reopen inn May", 0, 18, 3));
		assertEquals(List.of(new ApproximateMatcher.Match(4, 16, 1)), matcher.find("was reopen n May", 0, 16, 3));
		assertEquals(List.of(), matcher.find("was closed in June", 0, 18, 3));
	}

	@Test
	void findsEachSeparateOccurrence() {
		String text = "the bridge, the bridle and the fridge";
		List<ApproximateMatcher.Match> matches = new ApproximateMatcher("bridge").find(text, 0, text.length(), 1);

		assertEquals(List.of(new ApproximateMatcher.Match(4, 10, 0), new ApproximateMatcher.Match(16, 22, 1),
				new ApproximateMatcher.Match(31, 37, 1)), matches);
	}

	@Test
	void searchesOnlyTheGivenRange() {
		String text = "the bridge, the bridle and the fridge";

		assertEquals(List.of(new ApproximateMatcher.Match(16, 22, 1)),
				new ApproximateMatcher("bridge").find(text, 11, 26, 1));
	}

	@Test
	void aMatchEndingInsideAnEmojiTakesInItsSecondHalf() {
		// 🐟 and 🐠 share their first half: dropping the second half costs one edit, like replacing it
		String text = "a big 🐠 fish";

		assertEquals(List.of(new ApproximateMatcher.Match(2, 8, 1)),
				new ApproximateMatcher("big 🐟").find(text, 0, text.length(), 1));
	}

	@Test
	void aMatchOfAChangedEmojiCoversTheWholeEmoji() {
		String text = "a 🐠 swims far";

		assertEquals(List.of(new ApproximateMatcher.Match(2, 14, 1)),
				new ApproximateMatcher("🐟 swims far").find(text, 0, text.length(), 2));
	}

	@Test
	void aMatchNeverBeginsInsideAnEmoji() {
		// the pattern starts with the second half of 🐠 alone, which matches best inside the emoji at 3;
		// leaving that half out costs one edit, as does taking in the first half
		String text = "a 🐠 swims far";

		assertEquals(List.of(new ApproximateMatcher.Match(4, 14, 1)),
				new ApproximateMatcher("\uDC20 swims far").find(text, 0, text.length(), 2));
	}

	@Test
	void aRangeBoundaryInsideAnEmojiIsWidenedToTheWholeEmoji() {
		String text = "a 🐟 swims";
		List<ApproximateMatcher.Match> matches = new ApproximateMatcher("🐟 swims").find(text, 3, text.length(), 0);

		assertEquals(List.of(new ApproximateMatcher.Match(2, 10, 0)), matches);
	}

	/**
	 * Myers' algorithm against the textbook dynamic program, on random texts over a small alphabet (so that
	 * near matches abound) with patterns around the 64-unit block boundaries.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 63, 64, 65, 127, 128, 129, 200 })
	void agreesWithTheTextbookDynamicProgram(int patternLength) {
		Random random = new Random(patternLength);
		for (int round = 0; round < 20; round++) {
			String text = randomText(random, 400);
			int begin = random.nextInt(400 - patternLength);
			String pattern = mutate(random, text.substring(begin, begin + patternLength), patternLength / 8);
			int maxEdits = pattern.length() / 4;
			List<ApproximateMatcher.Match> matches = new ApproximateMatcher(pattern).find(text, 0, text.length(),
					maxEdits);

			int fewestEdits = fewestEditsOfAnyMatch(pattern, text);
			if (fewestEdits <= maxEdits) {
				assertEquals(fewestEdits, matches.stream().mapToInt(ApproximateMatcher.Match::edits).min().orElse(-1),
						() -> pattern + " in " + text);
			} else {
				assertTrue(matches.isEmpty(), () -> pattern + " in " + text + ": " + matches);
			}
			for (ApproximateMatcher.Match match : matches) {
				assertEquals(levenshtein(pattern, text.substring(match.begin(), match.end())), match.edits());
				assertTrue(match.edits() <= maxEdits);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 64, 100 })
	void editsFromAFixedEndOrBeginAgreeWithTheTextbookDynamicProgram(int patternLength) {
		Random random = new Random(patternLength);
		String text = randomText(random, 300);
		String pattern = randomText(random, patternLength);
		ApproximateMatcher matcher = new ApproximateMatcher(pattern);

		int[] endingAt = matcher.editsEndingAt(text, 250, 150);
		int[] beginningAt = matcher.editsBeginningAt(text, 50, 150);
		for (int length = 0; length <= 150; length++) {
			assertEquals(levenshtein(pattern, text.substring(250 - length, 250)), endingAt[length]);
			assertEquals(levenshtein(pattern, text.substring(50, 50 + length)), beginningAt[length]);
		}
	}

	@Test
	void matchesCoverWholeCodePoints() {
		Random random = new Random(7);
		String[] pieces = { "a", "b", " ", "🐟", "🐠", "😀" };
		StringBuilder builder = new StringBuilder();
		while (builder.length() < 500) {
			builder.append(pieces[random.nextInt(pieces.length)]);
		}
		String text = builder.toString();
		List<ApproximateMatcher.Match> matches = new ApproximateMatcher("ab 🐟🐟 b😀a").find(text, 0, text.length(),
				3);

		assertFalse(matches.isEmpty());
		for (ApproximateMatcher.Match match : matches) {
			assertTrue(Offsets.isCodePointBoundary(text, match.begin()), match::toString);
			assertTrue(Offsets.isCodePointBoundary(text, match.end()), match::toString);
		}
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append("abc ".charAt(random.nextInt(4)));
		}
		return text.toString();
	}

	/** {@code text} with up to {@code edits} random substitutions, insertions and deletions. */
	private static String mutate(Random random, String text, int edits) {
		StringBuilder mutated = new StringBuilder(text);
		for (int i = 0; i < edits && mutated.length() > 1; i++) {
			int at = random.nextInt(mutated.length());
			switch (random.nextInt(3)) {
			case 0 -> mutated.setCharAt(at, 'x');
			case 1 -> mutated.insert(at, 'y');
			default -> mutated.deleteCharAt(at);
			}
		}
		return mutated.toString();
	}

	/** The fewest edits of any match of {@code pattern} in {@code text}: Sellers' dynamic program. */
	private static int fewestEditsOfAnyMatch(String pattern, String text) {
		int[] column = new int[pattern.length() + 1];
		for (int i = 0; i <= pattern.length(); i++) {
			column[i] = i;
		}
		int fewest = column[pattern.length()];
		for (int j = 1; j <= text.length(); j++) {
			int diagonal = column[0];
			column[0] = 0;
			for (int i = 1; i <= pattern.length(); i++) {
				int above = column[i];
				column[i] = Math.min(diagonal + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1),
						Math.min(above, column[i - 1]) + 1);
				diagonal = above;
			}
			fewest = Math.min(fewest, column[pattern.length()]);
		}
		return fewest;
	}

	private static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				current[j] = Math.min(previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
						Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
