package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attest.core.text.Offsets;
import org.junit.jupiter.api.Test;

/**
 * Four thousand spans in a megabyte of news-like text (typographic quotes and emoji included) after
 * insertions, edits inside spans and deletions of spans: every span is accounted for and lands exactly
 * where the edits put it. Not a timed test, but searches that read the whole text for every span would
 * make it crawl.
 */
class ReanchorerLargeTextTest {

	private static final int SPAN_SPACING = 250;
	private static final String HEADLINE = "Breaking: ";
	private static final String UPDATE = "UPDATE 🐟 ";

	@Test
	void reanchorsThousandsOfSpansInAMegabyte() {
		Random random = new Random(20261126L);
		String oldText = newsLikeText(random, 1_000_000);
		List<TextAnchor> spans = new ArrayList<>();
		for (int begin = 0; begin + SPAN_SPACING <= oldText.length(); begin += SPAN_SPACING) {
			// spans begin in the first 51 units of their slot and are 20..80 units long, so they never overlap
			int spanBegin = wholeEmoji(oldText, begin + random.nextInt(50));
			spans.add(TextAnchor.capture(oldText, spanBegin, wholeEmoji(oldText, spanBegin + 20 + random.nextInt(60))));
		}

		// the new text: a headline before everything, an update in the middle, every 500th span deleted, and
		// one unit of every 500th span (counting from the 250th) replaced
		StringBuilder newText = new StringBuilder(HEADLINE);
		ReanchorReport.Builder expected = ReanchorReport.builder();
		int copied = 0;
		for (int i = 0; i < spans.size(); i++) {
			TextAnchor span = spans.get(i);
			if (i == spans.size() / 2) {
				int gap = span.begin() - 3; // between the previous span's end and this span's begin
				gap = wholeEmoji(oldText, gap);
				newText.append(oldText, copied, gap).append(UPDATE);
				copied = gap;
			}
			newText.append(oldText, copied, span.begin());
			int newBegin = newText.length();
			if (i % 500 == 7) {
				expected.add("span" + i, ReanchorResult.orphaned(span));
			} else if (i % 500 == 250) {
				int middle = span.quote().length() / 2;
				while (!Character.isLetter(span.quote().charAt(middle))) {
					middle++;
				}
				String edited = span.quote().substring(0, middle) + "#" + span.quote().substring(middle + 1);
				newText.append(edited);
				expected.add("span" + i, ReanchorResult.movedFuzzy(new TextAnchor(newBegin,
						newBegin + edited.length(), edited, span.prefix(), span.suffix()),
						1 - 1.0 / span.quote().length()));
			} else {
				newText.append(span.quote());
				expected.add("span" + i, ReanchorResult.moved(new TextAnchor(newBegin, newBegin + span.quote().length(),
						span.quote(), "", "")));
			}
			copied = span.end();
		}
		newText.append(oldText, copied, oldText.length());

		Reanchorer reanchorer = new Reanchorer();
		String text = newText.toString();
		ReanchorReport.Builder actual = ReanchorReport.builder();
		for (int i = 0; i < spans.size(); i++) {
			actual.add("span" + i, reanchorer.reanchor(spans.get(i), text));
		}
		ReanchorReport report = actual.build();

		assertEquals("0 kept, 3992 moved (8 fuzzy), 8 orphaned", report.summary());
		List<ReanchorReport.Entry> expectedEntries = expected.build().entries();
		for (int i = 0; i < spans.size(); i++) {
			assertSamePlace(expectedEntries.get(i), report.entries().get(i));
		}
	}

	/** Same status, offsets, quote and score; contexts are checked where the test knows them. */
	private static void assertSamePlace(ReanchorReport.Entry expected, ReanchorReport.Entry actual) {
		String id = expected.spanId();
		ReanchorResult want = expected.result();
		ReanchorResult got = actual.result();
		assertEquals(id, actual.spanId());
		assertEquals(want.status(), got.status(), id);
		assertEquals(want.fuzzy(), got.fuzzy(), id);
		assertEquals(want.score(), got.score(), id);
		assertEquals(want.anchor().begin(), got.anchor().begin(), id);
		assertEquals(want.anchor().end(), got.anchor().end(), id);
		assertEquals(want.anchor().quote(), got.anchor().quote(), id);
		if (got.status() != ReanchorStatus.MOVED || got.fuzzy()) {
			assertEquals(want.anchor(), got.anchor(), id);
		}
	}

	/** {@code index}, or the index after it if {@code index} falls inside an emoji. */
	private static int wholeEmoji(String text, int index) {
		return Offsets.isCodePointBoundary(text, index) ? index : index + 1;
	}

	/** Pseudo-words of random letters, so that quotes rarely repeat, with sentences, quotes and emoji. */
	private static String newsLikeText(Random random, int length) {
		String[] extras = { ". ", ", ", " “", "” ", " 🐟 ", " — " };
		StringBuilder text = new StringBuilder(length + 20);
		while (text.length() < length) {
			int letters = 2 + random.nextInt(8);
			for (int i = 0; i < letters; i++) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			text.append(random.nextInt(8) == 0 ? extras[random.nextInt(extras.length)] : " ");
		}
		return text.toString();
	}
}
