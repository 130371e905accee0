package org.attest.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.Span;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the editor's annotation model in step with the layer: one text annotation per claim (its type, and so
 * its highlight colour, from its credibility), source mention (boxed) and cue (underlined), declared with
 * their looks in plugin.xml. Changes to the layer arrive as EMF notifications and are applied in one batch on
 * the UI thread.
 */
final class LayerAnnotations {

	static final String CLAIM_TYPE_PREFIX = "org.attest.ui.claim."; //$NON-NLS-1$
	static final String UNRATED_CLAIM = CLAIM_TYPE_PREFIX + "unrated"; //$NON-NLS-1$
	static final String SOURCE_MENTION = "org.attest.ui.sourceMention"; //$NON-NLS-1$
	static final String CUE = "org.attest.ui.cue"; //$NON-NLS-1$
	/** Credibility ids that have an annotation type (and colour) of their own in plugin.xml. */
	private static final Set<String> RATED_TYPES = Set.of("true", "mostly-true", "half-true", "barely-true", "false", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"pants-fire", "unverifiable"); //$NON-NLS-1$ //$NON-NLS-2$

	private final AnnotationSession session;
	private final IAnnotationModel model;
	private final Display display;
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				scheduleRefresh();
			}
		}
	};
	private Map<Annotation, Position> shown = Map.of();
	private boolean refreshScheduled;

	LayerAnnotations(AnnotationSession session, IAnnotationModel model, Display display) {
		this.session = session;
		this.model = model;
		this.display = display;
	}

	void install() {
		session.layer().eAdapters().add(listener);
		refresh();
	}

	void dispose() {
		session.layer().eAdapters().remove(listener);
		replace(Map.of());
	}


	private void scheduleRefresh() {
		if (!refreshScheduled) {
			refreshScheduled = true;
			display.asyncExec(() -> {
				refreshScheduled = false;
				refresh();
			});
		}
	}

	void refresh() {
		AnnotationLayer layer = session.layer();
		Map<Annotation, Position> annotations = new HashMap<>();
		for (ClaimMention claim : layer.getClaims()) {
			annotations.put(new SpanAnnotation(claimType(claim), describe(claim, layer)), position(claim));
		}
		for (Span mention : layer.getSourceMentions()) {
			annotations.put(new SpanAnnotation(SOURCE_MENTION, label(mention)), position(mention));
		}
		for (Span cue : layer.getCues()) {
			annotations.put(new SpanAnnotation(CUE, label(cue)), position(cue));
		}
		replace(annotations);
	}

	private void replace(Map<Annotation, Position> annotations) {
		Annotation[] old = shown.keySet().toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old, annotations);
		} else {
			for (Annotation annotation : old) {
				model.removeAnnotation(annotation);
			}
			annotations.forEach(model::addAnnotation);
		}
		shown = annotations;
	}

	private static String claimType(ClaimMention claim) {
		String credibility = claim.getCredibility();
		return credibility != null && RATED_TYPES.contains(credibility) ? CLAIM_TYPE_PREFIX + credibility : UNRATED_CLAIM;
	}

	/** The hover text of a claim: its label, then who says what about it. */
	private String describe(ClaimMention claim, AnnotationLayer layer) {
		List<String> attributions = layer.getAttributions().stream().filter(a -> a.getClaim() == claim)
				.map(this::label).collect(Collectors.toList());
		return attributions.isEmpty() ? label(claim) : label(claim) + "\n" + String.join("\n", attributions); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String label(Object object) {
		IItemLabelProvider provider = (IItemLabelProvider) session.adapterFactory().adapt(object, IItemLabelProvider.class);
		return provider == null ? String.valueOf(object) : provider.getText(object);
	}

	private static Position position(Span span) {
		return new Position(span.getBegin(), Math.max(0, span.getEnd() - span.getBegin()));
	}

	/** A text annotation of a span; its text is the hover. */
	private static final class SpanAnnotation extends Annotation {
		SpanAnnotation(String type, String text) {
			super(type, false, text);
		}
	}
}
