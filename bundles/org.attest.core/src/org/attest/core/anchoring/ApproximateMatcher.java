package org.attest.core.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.core.text.Offsets;

/**
 * Finds where one pattern occurs in a text with a few edits (Levenshtein distance: inserted, deleted or
 * substituted UTF-16 units), to find a quote again after a word in it was changed.
 * <p>
 * Myers' bit-vector algorithm ("A fast bit-vector algorithm for approximate string matching based on
 * dynamic programming", J. ACM 1999), in blocks of 64 pattern units, gives for every end position in the
 * text the fewest edits of any match ending there, in O(n·⌈m/64⌉) for n text and m pattern units. Within
 * each run of adjacent ends with few enough edits, the best end is kept, and a dynamic program over the
 * at most m + k units before it finds where that match begins, in O(m·(m + k)) for k allowed edits.
 */
final class ApproximateMatcher {

	/** Where the pattern occurs with {@code edits} edits; never cuts through a surrogate pair. */
	record Match(int begin, int end, int edits) {
	}

	private static final int BLOCK = Long.SIZE;
	private static final int ASCII = 128;

	private final String pattern;
	private final int blockCount;
	/** Per block, the bit of the row a block hands on: the top row, or the pattern's last in the last block. */
	private final long[] outputBits;
	/** For each ASCII unit, per block, the bits of the pattern positions holding it; null if none do. */
	private final long[][] asciiPositions = new long[ASCII][];
	private final Map<Character, long[]> otherPositions = new HashMap<>();
	private final long[] nowhere;

	ApproximateMatcher(String pattern) {
		if (pattern.isEmpty()) {
			throw new IllegalArgumentException("an empty pattern matches everywhere");
		}
		this.pattern = pattern;
		blockCount = (pattern.length() + BLOCK - 1) / BLOCK;
		outputBits = new long[blockCount];
		Arrays.fill(outputBits, Long.MIN_VALUE);
		outputBits[blockCount - 1] = 1L << ((pattern.length() - 1) % BLOCK);
		nowhere = new long[blockCount];
		for (int i = 0; i < pattern.length(); i++) {
			char unit = pattern.charAt(i);
			long[] positions;
			if (unit < ASCII) {
				positions = asciiPositions[unit];
				if (positions == null) {
					positions = asciiPositions[unit] = new long[blockCount];
				}
			} else {
				positions = otherPositions.computeIfAbsent(unit, u -> new long[blockCount]);
			}
			positions[i / BLOCK] |= 1L << (i % BLOCK);
		}
	}

	/**
	 * The matches with at most {@code maxEdits} edits inside {@code [from, to)} of {@code text} (widened to
	 * whole code points), the best of each run of adjacent match ends, in text order.
	 */
	List<Match> find(String text, int from, int to, int maxEdits) {
		int start = Offsets.isCodePointBoundary(text, from) ? from : from - 1;
		int stop = Offsets.isCodePointBoundary(text, to) ? to : to + 1;
		List<Match> matches = new ArrayList<>();
		long[] positive = new long[blockCount];
		long[] negative = new long[blockCount];
		Arrays.fill(positive, -1L);
		int edits = pattern.length();
		int runEnd = -1;
		int runEdits = Integer.MAX_VALUE;
		for (int j = start; j < stop; j++) {
			edits += advance(positionsOf(text.charAt(j)), positive, negative);
			if (edits <= maxEdits) {
				if (edits < runEdits) {
					runEdits = edits;
					runEnd = j + 1;
				}
			} else if (runEnd >= 0) {
				addMatchEndingAt(text, start, runEnd, maxEdits, matches);
				runEnd = -1;
				runEdits = Integer.MAX_VALUE;
			}
		}
		if (runEnd >= 0) {
			addMatchEndingAt(text, start, runEnd, maxEdits, matches);
		}
		return matches;
	}

	private long[] positionsOf(char unit) {
		long[] positions = unit < ASCII ? asciiPositions[unit] : otherPositions.get(unit);
		return positions == null ? nowhere : positions;
	}

	/**
	 * Moves one text unit on: updates the vertical deltas of the dynamic programming column, block by block
	 * (Myers' advance_block), and returns how the edit count of the pattern's last row changed (-1, 0, 1).
	 * The first block gets no carry: in a search, a match may start anywhere at no cost. Branch-free, as
	 * the carries depend on the text and would defeat branch prediction.
	 */
	private int advance(long[] equal, long[] positive, long[] negative) {
		int carry = 0;
		for (int b = 0; b < blockCount; b++) {
			long carryNegative = carry >>> 31;
			long carryPositive = (carry + 1) >> 1;
			long vp = positive[b];
			long vn = negative[b];
			long eq = equal[b];
			long xv = eq | vn;
			eq |= carryNegative;
			long xh = (((eq & vp) + vp) ^ vp) | eq;
			long hp = vn | ~(xh | vp);
			long hn = vp & xh;
			carry = Long.bitCount(hp & outputBits[b]) - Long.bitCount(hn & outputBits[b]);
			hp = (hp << 1) | carryPositive;
			hn = (hn << 1) | carryNegative;
			positive[b] = hn | ~(xv | hp);
			negative[b] = hp & xv;
		}
		return carry;
	}

	/**
	 * Finds where the best match ending at {@code end} begins: the fewest edits win, then the length nearest
	 * the pattern's. An end inside a surrogate pair first takes in the pair's second half.
	 */
	private void addMatchEndingAt(String text, int start, int end, int maxEdits, List<Match> matches) {
		if (!Offsets.isCodePointBoundary(text, end)) {
			end++;
		}
		int[] edits = editsEndingAt(text, end, Math.min(pattern.length() + maxEdits, end - start));
		int best = -1;
		for (int length = 1; length < edits.length; length++) {
			if (Offsets.isCodePointBoundary(text, end - length) && (best < 0 || edits[length] < edits[best]
					|| edits[length] == edits[best] && nearerPatternLength(length, best))) {
				best = length;
			}
		}
		if (best > 0 && edits[best] <= maxEdits) {
			matches.add(new Match(end - best, end, edits[best]));
		}
	}

	/** Whether a match of {@code length} units is nearer the pattern's length than one of {@code other}. */
	boolean nearerPatternLength(int length, int other) {
		return Math.abs(length - pattern.length()) < Math.abs(other - pattern.length());
	}

	/**
	 * The edit distance between the pattern and each text piece ending at {@code end}, indexed by the
	 * piece's length, {@code 0..longest}.
	 */
	int[] editsEndingAt(String text, int end, int longest) {
		return edits(text, end, -1, longest);
	}

	/**
	 * The edit distance between the pattern and each text piece beginning at {@code begin}, indexed by the
	 * piece's length, {@code 0..longest}.
	 */
	int[] editsBeginningAt(String text, int begin, int longest) {
		return edits(text, begin, 1, longest);
	}

	/**
	 * Levenshtein's dynamic program, row by row over the pattern, read backwards from {@code fixed} when
	 * {@code direction} is -1 and forwards when it is 1, so that the last row holds the distance for every
	 * piece length at once, in O(m·longest).
	 */
	private int[] edits(String text, int fixed, int direction, int longest) {
		int m = pattern.length();
		int[] previous = new int[longest + 1];
		int[] current = new int[longest + 1];
		for (int length = 0; length <= longest; length++) {
			previous[length] = length;
		}
		for (int i = 1; i <= m; i++) {
			char unit = direction < 0 ? pattern.charAt(m - i) : pattern.charAt(i - 1);
			current[0] = i;
			for (int length = 1; length <= longest; length++) {
				char other = direction < 0 ? text.charAt(fixed - length) : text.charAt(fixed + length - 1);
				int substitution = previous[length - 1] + (other == unit ? 0 : 1);
				current[length] = Math.min(substitution, Math.min(previous[length], current[length - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous;
	}
}
