package org.attest.ui.internal.editor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.LayerStatus;
import org.eclipse.osgi.util.NLS;

/** What the status line says of the work: who annotates, how many claims are done, and the layer's status. */
final class LayerProgress {

	private LayerProgress() {
	}

	/** A claim is done when a source is attributed to it and its credibility is rated. */
	static String describe(AnnotationSession session) {
		AnnotationLayer layer = session.layer();
		Set<ClaimMention> attributed = Collections.newSetFromMap(new IdentityHashMap<>());
		layer.getAttributions().forEach(attribution -> attributed.add(attribution.getClaim()));
		long done = layer.getClaims().stream().filter(c -> c.getCredibility() != null && attributed.contains(c)).count();
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
