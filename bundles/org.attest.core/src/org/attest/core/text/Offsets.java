package org.attest.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Converts offsets between UTF-16 indexes, which spans store because Java strings count in them, and
 * Unicode code points, which Python counts: with code point offsets Python's {@code text[start:end]} gives
 * the span even after an emoji, where a UTF-16 offset would be off by one per emoji before it.
 * <p>
 * Python counts code points, not what a reader sees as one character (a grapheme cluster): "é" written as
 * "e" plus a combining accent is two code points, a flag such as 🇫🇷 is two, a family emoji joined by
 * zero-width joiners is three or more. The conversion keeps those counts, so offsets agree with Python's
 * {@code len} and slicing. A surrogate pair (a character outside the Basic Multilingual Plane, such as most
 * emoji) is one code point; an unpaired surrogate counts as one code point of its own, as it does for
 * {@link String#codePointCount(int, int)}.
 * <p>
 * The static methods convert one offset; an exporter converting many offsets of one text uses a
 * {@link Converter}, which indexes the text once.
 */
public final class Offsets {

	private Offsets() {
	}

	/**
	 * The code point index of a UTF-16 index of {@code text}.
	 *
	 * @throws IllegalArgumentException if {@code utf16Index} is outside {@code 0..text.length()} or falls
	 *             between the two halves of a surrogate pair
	 */
	public static int toCodePoint(String text, int utf16Index) {
		return converter(text).toCodePoint(utf16Index);
	}

	/**
	 * The UTF-16 index of a code point index of {@code text}.
	 *
	 * @throws IllegalArgumentException if {@code codePointIndex} is outside {@code 0..} the number of code
	 *             points in {@code text}
	 */
	public static int toUtf16(String text, int codePointIndex) {
		return converter(text).toUtf16(codePointIndex);
	}

	/** A converter for many offsets of {@code text}; building it reads the text once. */
	public static Converter converter(String text) {
		return new Converter(text);
	}

	/**
	 * Whether {@code utf16Index} lies between two code points of {@code text} rather than inside a
	 * surrogate pair; a span must begin and end on such a boundary to have code point offsets.
	 *
	 * @throws IndexOutOfBoundsException if {@code utf16Index} is outside {@code 0..text.length()}
	 */
	public static boolean isCodePointBoundary(CharSequence text, int utf16Index) {
		Objects.checkIndex(utf16Index, text.length() + 1);
		return utf16Index == 0 || utf16Index == text.length()
				|| !(Character.isHighSurrogate(text.charAt(utf16Index - 1))
						&& Character.isLowSurrogate(text.charAt(utf16Index)));
	}

	/**
	 * Converts offsets of one text in O(log p) each, p being the number of surrogate pairs in the text: it
	 * keeps the UTF-16 index of every surrogate pair, so exporters converting tens of thousands of offsets
	 * per document do not walk the text for each. A text without characters outside the Basic Multilingual
	 * Plane costs no memory beyond the object.
	 */
	public static final class Converter {

		private static final int[] NO_PAIRS = {};

		private final int utf16Length;
		/** UTF-16 index of the high surrogate of every surrogate pair, ascending. */
		private final int[] pairStarts;

		private Converter(String text) {
			utf16Length = text.length();
			int[] starts = NO_PAIRS;
			int count = 0;
			for (int i = 0; i < utf16Length - 1; i++) {
				if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
					if (count == starts.length) {
						starts = Arrays.copyOf(starts, Math.max(16, count * 2));
					}
					starts[count++] = i;
					i++;
				}
			}
			pairStarts = Arrays.copyOf(starts, count);
		}

		/** The length of the text in UTF-16 units, {@link String#length()}. */
		public int utf16Length() {
			return utf16Length;
		}

		/** The length of the text in code points, Python's {@code len}. */
		public int codePointLength() {
			return utf16Length - pairStarts.length;
		}

		/**
		 * The code point index of a UTF-16 index.
		 *
		 * @throws IllegalArgumentException if {@code utf16Index} is outside {@code 0..}{@link #utf16Length()}
		 *             or falls between the two halves of a surrogate pair
		 */
		public int toCodePoint(int utf16Index) {
			if (utf16Index < 0 || utf16Index > utf16Length) {
				throw new IllegalArgumentException("UTF-16 index " + utf16Index + " is out of range: the text has "
						+ utf16Length + " UTF-16 units (valid indexes 0.." + utf16Length + ")");
			}
			int pairsBefore = pairsStartingBefore(utf16Index);
			if (pairsBefore > 0 && pairStarts[pairsBefore - 1] == utf16Index - 1) {
				throw new IllegalArgumentException("UTF-16 index " + utf16Index
						+ " is inside the surrogate pair at " + (utf16Index - 1) + ".." + (utf16Index + 1)
						+ " of a text of " + utf16Length + " UTF-16 units; a code point offset exists only at "
						+ (utf16Index - 1) + " or " + (utf16Index + 1));
			}
			return utf16Index - pairsBefore;
		}

		/**
		 * The UTF-16 index of a code point index.
		 *
		 * @throws IllegalArgumentException if {@code codePointIndex} is outside
		 *             {@code 0..}{@link #codePointLength()}
		 */
		public int toUtf16(int codePointIndex) {
			int codePointLength = codePointLength();
			if (codePointIndex < 0 || codePointIndex > codePointLength) {
				throw new IllegalArgumentException("code point index " + codePointIndex
						+ " is out of range: the text has " + codePointLength + " code points (valid indexes 0.."
						+ codePointLength + ")");
			}
			return codePointIndex + pairsBeforeCodePoint(codePointIndex);
		}

		/** How many surrogate pairs start before {@code utf16Index}. */
		private int pairsStartingBefore(int utf16Index) {
			int found = Arrays.binarySearch(pairStarts, utf16Index);
			return found >= 0 ? found : -found - 1;
		}

		/**
		 * How many surrogate pairs precede code point {@code codePointIndex}. The j-th pair is code point
		 * {@code pairStarts[j] - j}, which ascends with j, so a binary search finds the first pair at or
		 * after the index.
		 */
		private int pairsBeforeCodePoint(int codePointIndex) {
			int low = 0;
			int high = pairStarts.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (pairStarts[middle] - middle < codePointIndex) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}
}
