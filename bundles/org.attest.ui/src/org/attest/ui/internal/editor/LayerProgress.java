package org.attest.ui.internal.editor;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.eclipse.osgi.util.NLS;

/** What the status line says of the work: who annotates, and how many claims are done. */
final class LayerProgress {

	private LayerProgress() {
	}

	/** A claim is done when a source is attributed to it and its credibility is rated. */
	static boolean isDone(AnnotationLayer layer, ClaimMention claim) {
		return claim.getCredibility() != null && layer.getAttributions().stream().anyMatch(a -> a.getClaim() == claim);
	}

	static String describe(AnnotationSession session) {
		AnnotationLayer layer = session.layer();
		long done = layer.getClaims().stream().filter(claim -> isDone(layer, claim)).count();
		return NLS.bind(Messages.LayerProgress_status, new Object[] { session.annotator(), done, layer.getClaims().size() });
	}
}
