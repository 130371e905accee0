package org.attest.core.export;

import java.util.Objects;

import org.attest.core.store.CorpusStore;

/**
 * What an export writes: whose layer (default gold), offsets in which unit (default code points), and how
 * documents are split into train/dev/test ({@code null}: no split, every document's split is {@code null}).
 */
public record ExportOptions(String annotator, OffsetUnit offsets, SplitPlan split) {

	public ExportOptions {
		Objects.requireNonNull(annotator);
		Objects.requireNonNull(offsets);
	}

	/** Gold layer, code points, no split. */
	public static ExportOptions defaults() {
		return new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS, null);
	}
}
