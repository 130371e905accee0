package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Train/dev/test assignment: reproducible for a seed, independent of order, true to the ratios and strata. */
class SplitAssignerTest {

	private static final List<String> HUNDRED = IntStream.range(0, 100).mapToObj(i -> "doc-" + i).toList();

	@Test
	void theSameSeedGivesTheSameAssignmentInAnyOrder() {
		SplitPlan plan = new SplitPlan(80, 10, 10, 42, false);
		List<String> shuffled = new ArrayList<>(HUNDRED);
		Collections.shuffle(shuffled, new Random(1));

		assertEquals(SplitAssigner.assign(HUNDRED, plan), SplitAssigner.assign(HUNDRED, plan));
		assertEquals(SplitAssigner.assign(HUNDRED, plan), SplitAssigner.assign(shuffled, plan));
	}

	@Test
	void anotherSeedGivesAnotherAssignment() {
		assertNotEquals(SplitAssigner.assign(HUNDRED, new SplitPlan(80, 10, 10, 42, false)),
				SplitAssigner.assign(HUNDRED, new SplitPlan(80, 10, 10, 43, false)));
	}

	@Test
	void theHashIsSha256OfSeedColonId() {
		// printf '42:doc-0' | sha256sum
		assertEquals("c01079a8b7a6c9d19715c0c8f80ba046e6dc15ef578880d6b028962b72f984e7", SplitAssigner.rank(42, "doc-0"));
	}

	@ParameterizedTest
	@CsvSource({ "100, 80, 10, 10, 80, 10, 10", "100, 0.8, 0.1, 0.1, 80, 10, 10", "7, 0.8, 0.1, 0.1, 5, 1, 1",
			"10, 1, 1, 1, 4, 3, 3", "2, 1, 1, 1, 1, 1, 0", "3, 70, 15, 15, 2, 1, 0", "0, 8, 1, 1, 0, 0, 0",
			"5, 1, 0, 0, 5, 0, 0" })
	void countsFollowTheRatiosWithLargestRemainders(int size, double train, double dev, double test, int trainCount,
			int devCount, int testCount) {
		assertArrayEquals(new int[] { trainCount, devCount, testCount },
				SplitAssigner.counts(size, new SplitPlan(train, dev, test, 0, false)));
	}

	@Test
	void hundredDocumentsSplitEightyTenTen() {
		Map<String, Long> sizes = SplitAssigner.assign(HUNDRED, new SplitPlan(0.8, 0.1, 0.1, 5, false)).values()
				.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));

		assertEquals(Map.of("train", 80L, "dev", 10L, "test", 10L), sizes);
	}

	@Test
	void stratifiedPlansCutEveryLabelByTheRatios() {
		Map<String, String> labels = new LinkedHashMap<>();
		HUNDRED.forEach(id -> labels.put(id, Integer.parseInt(id.substring(4)) < 60 ? "false" : "true"));

		Map<String, String> splits = SplitAssigner.assign(labels, new SplitPlan(0.8, 0.1, 0.1, 9, true));

		Map<String, Long> tally = splits.entrySet().stream()
				.collect(Collectors.groupingBy(e -> labels.get(e.getKey()) + "/" + e.getValue(), Collectors.counting()));
		assertEquals(Map.of("false/train", 48L, "false/dev", 6L, "false/test", 6L, "true/train", 32L, "true/dev", 4L,
				"true/test", 4L), tally);
	}

	@Test
	void anUnstratifiedPlanIgnoresTheLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		HUNDRED.forEach(id -> labels.put(id, id.endsWith("0") ? "a" : "b"));
		SplitPlan plan = new SplitPlan(0.8, 0.1, 0.1, 9, false);

		assertEquals(SplitAssigner.assign(HUNDRED, plan), SplitAssigner.assign(labels, plan));
	}

	/**
	 * Gold credibility counts, tallied from samples/layers/gold: harbor 4 mostly-true, 2 half-true, 2
	 * unverifiable, 1 barely-true; ministry 5 unverifiable; riverton 3 mostly-true and 3 unverifiable (a tie:
	 * the alphabetically first wins).
	 */
	@Test
	void theSamplesAreStratifiedByTheirMajorityCredibility() throws IOException {
		CorpusStore samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
		assertEquals("mostly-true", SplitAssigner.stratum(samples.layer("harbor-fish-stocks", CorpusStore.GOLD)));
		assertEquals("unverifiable", SplitAssigner.stratum(samples.layer("ministry-denies-report", CorpusStore.GOLD)));
		assertEquals("mostly-true", SplitAssigner.stratum(samples.layer("riverton-dam-delay", CorpusStore.GOLD)));
		assertEquals("none", SplitAssigner.stratum(samples.layer("riverton-dam-delay", "nobody")));

		SplitPlan plan = new SplitPlan(0.5, 0, 0.5, 3, true);
		Map<String, String> splits = SplitAssigner.assign(samples, CorpusStore.GOLD, plan, new NullProgressMonitor());

		// mostly-true: 2 documents, one each to train and test; unverifiable: 1 document, 0.5/0.5, train wins the tie
		assertEquals("train", splits.get("ministry-denies-report"));
		assertEquals(List.of("test", "train"),
				List.of(splits.get("harbor-fish-stocks"), splits.get("riverton-dam-delay")).stream().sorted().toList());
		assertEquals(splits, SplitAssigner.assign(samples, CorpusStore.GOLD, plan, new NullProgressMonitor()));
		assertEquals(3, SplitAssigner.assign(samples, CorpusStore.GOLD, new SplitPlan(8, 1, 1, 3, false),
				new NullProgressMonitor()).size());
	}
}
