package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReanchorReportTest {

	private static final TextAnchor OLD = new TextAnchor(40, 52, "the old text", "", "");
	private static final TextAnchor NEW = new TextAnchor(13, 25, "the new text", "", "");

	private static ReanchorReport sample() {
		return ReanchorReport.builder()
				.add("c1", ReanchorResult.kept(OLD))
				.add("c2", ReanchorResult.moved(NEW))
				.add("s1", ReanchorResult.kept(OLD))
				.add("s2", ReanchorResult.movedFuzzy(NEW, 0.875))
				.add("c3", ReanchorResult.orphaned(OLD))
				.add("c4", ReanchorResult.moved(NEW))
				.build();
	}

	@Test
	void countsEachStatus() {
		ReanchorReport report = sample();

		assertEquals(2, report.count(ReanchorStatus.KEPT));
		assertEquals(3, report.count(ReanchorStatus.MOVED));
		assertEquals(1, report.count(ReanchorStatus.ORPHANED));
		assertEquals(1, report.fuzzyCount());
		assertEquals(6, report.entries().size());
	}

	@Test
	void summarizesTheCountsInOneLine() {
		assertEquals("2 kept, 3 moved (1 fuzzy), 1 orphaned", sample().summary());
		assertEquals("0 kept, 0 moved (0 fuzzy), 0 orphaned", ReanchorReport.builder().build().summary());
	}

	@Test
	void listsTheSpansOfAStatusByIdInTheOrderAdded() {
		ReanchorReport report = sample();

		assertEquals(List.of("c2", "s2", "c4"), ids(report.entries(ReanchorStatus.MOVED)));
		assertEquals(List.of("c3"), ids(report.entries(ReanchorStatus.ORPHANED)));
		assertEquals(List.of("c1", "c2", "s1", "s2", "c3", "c4"), ids(report.entries()));
		assertEquals(ReanchorResult.orphaned(OLD), report.entries(ReanchorStatus.ORPHANED).get(0).result());
	}

	private static List<String> ids(List<ReanchorReport.Entry> entries) {
		return entries.stream().map(ReanchorReport.Entry::spanId).toList();
	}

	@Test
	void toStringNamesEveryMovedAndOrphanedSpan() {
		assertEquals("""
				2 kept, 3 moved (1 fuzzy), 1 orphaned
				moved c2 to 13..25
				moved s2 to 13..25 (fuzzy, similarity 0.88)
				orphaned c3 (was 40..52)
				moved c4 to 13..25""", sample().toString());
	}

	@Test
	void aSpanIsReportedOnce() {
		ReanchorReport.Builder builder = ReanchorReport.builder().add("c1", ReanchorResult.kept(OLD));

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> builder.add("c1", ReanchorResult.moved(NEW)));
		assertEquals("the span c1 is already in the report", error.getMessage());
	}

	@Test
	void theReportDoesNotChangeWhenItsBuilderGoesOn() {
		ReanchorReport.Builder builder = ReanchorReport.builder().add("c1", ReanchorResult.kept(OLD));
		ReanchorReport report = builder.build();
		builder.add("c2", ReanchorResult.orphaned(OLD));

		assertEquals(1, report.entries().size());
		assertThrows(UnsupportedOperationException.class, () -> report.entries().clear());
	}
}
