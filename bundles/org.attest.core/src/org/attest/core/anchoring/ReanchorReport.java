package org.attest.core.anchoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The results of re-anchoring many spans, each under the id its caller gave it, so that every span is
 * accounted for: how many were kept, moved (how many of them fuzzily) and orphaned, and which.
 * <p>
 * {@link #summary()} and {@link #toString()} are English, for logs and the command line; a user interface
 * builds its own wording from {@link #count(ReanchorStatus)} and {@link #entries(ReanchorStatus)}.
 */
public final class ReanchorReport {

	/** One span's result under its caller-given id. */
	public record Entry(String spanId, ReanchorResult result) {

		public Entry {
			Objects.requireNonNull(spanId, "spanId");
			Objects.requireNonNull(result, "result");
		}
	}

	private final List<Entry> entries;

	private ReanchorReport(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Every entry, in the order they were added. */
	public List<Entry> entries() {
		return entries;
	}

	/** The entries with the given status, in the order they were added. */
	public List<Entry> entries(ReanchorStatus status) {
		return entries.stream().filter(entry -> entry.result().status() == status).toList();
	}

	public int count(ReanchorStatus status) {
		return entries(status).size();
	}

	/** How many spans moved to text that differs from their old quote. */
	public int fuzzyCount() {
		return (int) entries.stream().filter(entry -> entry.result().fuzzy()).count();
	}

	/** The counts in one line, such as "12 kept, 3 moved (1 fuzzy), 1 orphaned". */
	public String summary() {
		return count(ReanchorStatus.KEPT) + " kept, " + count(ReanchorStatus.MOVED) + " moved (" + fuzzyCount()
				+ " fuzzy), " + count(ReanchorStatus.ORPHANED) + " orphaned";
	}

	/** The summary, then a line for each moved and each orphaned span. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(summary());
		for (Entry entry : entries) {
			ReanchorResult result = entry.result();
			TextAnchor anchor = result.anchor();
			switch (result.status()) {
			case MOVED -> {
				text.append("\nmoved ").append(entry.spanId()).append(" to ").append(anchor.begin()).append("..")
						.append(anchor.end());
				if (result.fuzzy()) {
					text.append(String.format(Locale.ROOT, " (fuzzy, similarity %.2f)", result.score()));
				}
			}
			case ORPHANED -> text.append("\norphaned ").append(entry.spanId()).append(" (was ")
					.append(anchor.begin()).append("..").append(anchor.end()).append(')');
			default -> {
				// kept spans are only counted
			}
			}
		}
		return text.toString();
	}

	/** Collects results one span at a time, as a re-anchoring pass produces them. */
	public static final class Builder {

		private final List<Entry> entries = new ArrayList<>();
		private final Set<String> spanIds = new HashSet<>();

		private Builder() {
		}

		/**
		 * @throws IllegalArgumentException if a result for {@code spanId} was already added: a span is
		 *             re-anchored once per text
		 */
		public Builder add(String spanId, ReanchorResult result) {
			Entry entry = new Entry(spanId, result);
			if (!spanIds.add(spanId)) {
				throw new IllegalArgumentException("the span " + spanId + " is already in the report");
			}
			entries.add(entry);
			return this;
		}

		public ReanchorReport build() {
			return new ReanchorReport(entries);
		}
	}
}
