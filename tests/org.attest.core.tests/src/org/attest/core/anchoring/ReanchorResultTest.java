package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReanchorResultTest {

	private static final TextAnchor ANCHOR = new TextAnchor(4, 9, "quote", "The ", " here");

	@Test
	void factoriesSetStatusFuzzinessAndScore() {
		assertEquals(new ReanchorResult(ReanchorStatus.KEPT, ANCHOR, false, 1), ReanchorResult.kept(ANCHOR));
		assertEquals(new ReanchorResult(ReanchorStatus.MOVED, ANCHOR, false, 1), ReanchorResult.moved(ANCHOR));
		assertEquals(new ReanchorResult(ReanchorStatus.ORPHANED, ANCHOR, false, 0), ReanchorResult.orphaned(ANCHOR));
		ReanchorResult fuzzy = ReanchorResult.movedFuzzy(ANCHOR, 0.8);
		assertEquals(ReanchorStatus.MOVED, fuzzy.status());
		assertTrue(fuzzy.fuzzy());
		assertEquals(0.8, fuzzy.score());
		assertFalse(ReanchorResult.moved(ANCHOR).fuzzy());
	}

	@Test
	void onlyAMovedSpanCanBeFuzzy() {
		assertThrows(IllegalArgumentException.class,
				() -> new ReanchorResult(ReanchorStatus.KEPT, ANCHOR, true, 0.9));
		assertThrows(IllegalArgumentException.class,
				() -> new ReanchorResult(ReanchorStatus.ORPHANED, ANCHOR, true, 0.9));
	}

	@Test
	void theScoreLiesBetweenZeroAndOne() {
		assertThrows(IllegalArgumentException.class, () -> ReanchorResult.movedFuzzy(ANCHOR, 1.1));
		assertThrows(IllegalArgumentException.class, () -> ReanchorResult.movedFuzzy(ANCHOR, -0.1));
		assertThrows(IllegalArgumentException.class, () -> ReanchorResult.movedFuzzy(ANCHOR, Double.NaN));
	}
}
