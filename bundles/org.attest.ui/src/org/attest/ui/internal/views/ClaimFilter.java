package org.attest.ui.internal.views;

import java.util.Locale;
import java.util.function.Supplier;

import org.attest.model.ClaimMention;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Keeps the claims whose quote or one of whose sources' names contains the filter text, ignoring case, so
 * typing a word of the claim or a name narrows the table to what the annotator looks for.
 */
final class ClaimFilter extends ViewerFilter {

	private final Supplier<ClaimCells> cells;
	private String text = ""; //$NON-NLS-1$

	/** @param cells the texts of the claims currently shown */
	ClaimFilter(Supplier<ClaimCells> cells) {
		this.cells = cells;
	}

	void setText(String text) {
		this.text = text.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (text.isEmpty()) {
			return true;
		}
		ClaimMention claim = (ClaimMention) element;
		return contains(cells.get().quote(claim)) || cells.get().sourceNames(claim).stream().anyMatch(this::contains);
	}

	private boolean contains(String candidate) {
		return candidate.toLowerCase(Locale.ROOT).contains(text);
	}
}
