package org.attest.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The annotation editor's index of spans by offset: which spans overlap a region, in what order, after changes. */
class SpanIndexTest {

	private final SpanIndex<String> index = new SpanIndex<>();

	private List<String> overlapping(int from, int to) {
		List<String> found = new ArrayList<>();
		index.forEachOverlapping(from, to, (item, begin, end) -> found.add(item + "@" + begin + "-" + end));
		return found;
	}

	@Test
	void findsTheSpansOverlappingARegionInTheOrderOfTheirBegins() {
		index.add("a", 0, 10);
		index.add("b", 5, 8);
		index.add("c", 12, 20);
		index.add("d", 20, 30);

		assertEquals(List.of("a@0-10", "b@5-8"), overlapping(6, 12), "c begins where the region ends");
		assertEquals(List.of("c@12-20"), overlapping(10, 20), "a ends where the region begins; d begins where it ends");
		assertEquals(List.of(), overlapping(30, 40));
		assertEquals(List.of("a@0-10", "b@5-8", "c@12-20", "d@20-30"), overlapping(0, 100));
	}

	@Test
	void aLongSpanBeforeManyShortOnesIsFound() {
		index.add("whole", 0, 100_000);
		for (int begin = 10; begin < 90_000; begin += 100) {
			index.add("short" + begin, begin, begin + 20);
		}

		assertEquals(List.of("whole@0-100000", "short89910@89910-89930"), overlapping(89_915, 89_925));
		assertEquals(List.of("whole@0-100000"), overlapping(95_000, 95_001));
	}

	@Test
	void spansAddedOutOfOrderAndRemovedAreFoundWhereTheyAre() {
		index.add("late", 50, 60);
		index.add("early", 10, 20);
		index.add("same begin, added later", 10, 15);
		assertEquals(List.of("early@10-20", "same begin, added later@10-15", "late@50-60"), overlapping(0, 100));

		assertTrue(index.remove("early", 10));
		assertFalse(index.remove("early", 10), "removed already");
		assertFalse(index.remove("late", 10), "not at that begin");
		assertEquals(List.of("same begin, added later@10-15"), overlapping(0, 50));
		assertEquals(2, index.size());
	}

	@Test
	void manySpansRemovedAtOnceLeaveTheOthers() {
		for (int i = 0; i < 1000; i++) {
			index.add("span" + i, i * 10, i * 10 + 5);
		}
		Set<String> removed = new HashSet<>();
		for (int i = 0; i < 1000; i += 2) {
			removed.add("span" + i);
		}

		index.removeAll(removed);

		assertEquals(500, index.size());
		assertEquals(List.of("span1@10-15", "span3@30-35"), overlapping(0, 40));
		assertEquals(List.of("span999@9990-9995"), overlapping(9980, 10_000));
	}
}
