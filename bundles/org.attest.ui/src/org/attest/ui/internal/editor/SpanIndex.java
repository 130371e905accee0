package org.attest.ui.internal.editor;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Items with a text range [begin, end), sorted by begin, for finding those that overlap a region in
 * O(log n + k log n) for k found: a tree of the greatest end over the sorted items skips every run of items that
 * ends before the region, however long some item is. Adding in text order appends; adding or removing elsewhere
 * shifts the arrays, and the tree is rebuilt (linear) before the next look-up: microseconds for tens of
 * thousands of items, against the whole-text work it saves on every repaint. Items are told apart by identity
 * in {@link #remove}, by their {@code equals} in {@link #removeAll}.
 *
 * @param <T> the items
 */
final class SpanIndex<T> {

	private Object[] items = new Object[16];
	private int[] begins = new int[16];
	private int[] ends = new int[16];
	private int size;
	/** Greatest end per subtree, leaves at {@code capacity + i}; rebuilt when {@link #treeValid} is false. */
	private int[] maxEnds = new int[0];
	private int capacity;
	private boolean treeValid;

	int size() {
		return size;
	}

	/** Adds an item; among items of the same begin it comes last. */
	void add(T item, int begin, int end) {
		int at = firstBeginAfter(begin);
		if (size == items.length) {
			int length = size * 2;
			items = Arrays.copyOf(items, length);
			begins = Arrays.copyOf(begins, length);
			ends = Arrays.copyOf(ends, length);
		}
		System.arraycopy(items, at, items, at + 1, size - at);
		System.arraycopy(begins, at, begins, at + 1, size - at);
		System.arraycopy(ends, at, ends, at + 1, size - at);
		items[at] = item;
		begins[at] = begin;
		ends[at] = end;
		size++;
		treeValid = false;
	}

	/** Removes the item added with the given begin; false if there is none. */
	boolean remove(T item, int begin) {
		for (int i = firstBeginFrom(begin); i < size && begins[i] == begin; i++) {
			if (items[i] == item) {
				System.arraycopy(items, i + 1, items, i, size - i - 1);
				System.arraycopy(begins, i + 1, begins, i, size - i - 1);
				System.arraycopy(ends, i + 1, ends, i, size - i - 1);
				size--;
				items[size] = null;
				treeValid = false;
				return true;
			}
		}
		return false;
	}

	/** Removes the given items in one pass over all: for many, cheaper than one by one, each shifting the arrays. */
	void removeAll(Set<T> removed) {
		int kept = 0;
		for (int i = 0; i < size; i++) {
			if (!removed.contains(items[i])) {
				items[kept] = items[i];
				begins[kept] = begins[i];
				ends[kept] = ends[i];
				kept++;
			}
		}
		Arrays.fill(items, kept, size, null);
		size = kept;
		treeValid = false;
	}

	/** Gives all items, in the order of their begins, then of their adding. */
	@SuppressWarnings("unchecked")
	void forEach(Entry<T> action) {
		for (int i = 0; i < size; i++) {
			action.accept((T) items[i], begins[i], ends[i]);
		}
	}

	/** Gives the items that overlap [from, to), in the order of their begins, then of their adding. */
	@SuppressWarnings("unchecked")
	void forEachOverlapping(int from, int to, Entry<T> action) {
		int below = firstBeginFrom(to);
		if (below == 0) {
			return;
		}
		if (!treeValid) {
			buildTree();
		}
		visit(1, 0, capacity, from, below, i -> action.accept((T) items[i], begins[i], ends[i]));
	}

	/** An item found, with its range. */
	@FunctionalInterface
	interface Entry<T> {
		void accept(T item, int begin, int end);
	}

	/** Reports, left to right, the items of the node's leaves [low, low + width) below {@code below} ending after from. */
	private void visit(int node, int low, int width, int from, int below, IntConsumer report) {
		if (low >= below || maxEnds[node] <= from) {
			return;
		}
		if (node >= capacity) {
			report.accept(node - capacity);
			return;
		}
		int half = width / 2;
		visit(2 * node, low, half, from, below, report);
		visit(2 * node + 1, low + half, half, from, below, report);
	}

	private void buildTree() {
		capacity = Integer.highestOneBit(Math.max(1, size - 1)) << 1;
		if (maxEnds.length < 2 * capacity) {
			maxEnds = new int[2 * capacity];
		}
		Arrays.fill(maxEnds, Integer.MIN_VALUE);
		System.arraycopy(ends, 0, maxEnds, capacity, size);
		for (int node = capacity - 1; node >= 1; node--) {
			maxEnds[node] = Math.max(maxEnds[2 * node], maxEnds[2 * node + 1]);
		}
		treeValid = true;
	}

	/** The index of the first item whose begin is at least the given offset. */
	private int firstBeginFrom(int offset) {
		int low = 0;
		int high = size;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (begins[middle] < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The index of the first item whose begin is after the given offset. */
	private int firstBeginAfter(int offset) {
		int low = 0;
		int high = size;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (begins[middle] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
