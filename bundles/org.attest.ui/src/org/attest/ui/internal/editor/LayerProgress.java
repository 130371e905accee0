package org.attest.ui.internal.editor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.LayerStatus;
import org.eclipse.osgi.util.NLS;

/** What the status line says of the work: who annotates, how many claims are done, and the layer's status. */
final class LayerProgress {

	private LayerProgress() {
	}

	/**
	 * A claim is done when a source is attributed to it and its credibility is rated. Worked out after every command,
	 * in plain loops over a set made at its final size: thousands of claims in a large document.
	 */
	static String describe(AnnotationSession session) {
		AnnotationLayer layer = session.layer();
		Set<ClaimMention> attributed = Collections.newSetFromMap(new IdentityHashMap<>(layer.getAttributions().size()));
		for (Attribution attribution : layer.getAttributions()) {
			attributed.add(attribution.getClaim());
		}
		int done = 0;
		for (ClaimMention claim : layer.getClaims()) {
			if (claim.getCredibility() != null && attributed.contains(claim)) {
				done++;
			}
		}
		return NLS.bind(Messages.LayerProgress_status,
				new Object[] { session.annotator(), done, layer.getClaims().size(), status(layer.getStatus()) });
	}

	private static String status(LayerStatus status) {
		return switch (status) {
		case TODO -> Messages.LayerProgress_todo;
		case IN_PROGRESS -> Messages.LayerProgress_inProgress;
		case DONE -> Messages.LayerProgress_done;
		};
	}
}
