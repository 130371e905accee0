package org.attest.ui.internal.editor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the editor's {@link SpanAnnotationModel} in step with the layer, attached to the document's annotation
 * model meanwhile: one text annotation per claim (its type, and so its highlight colour, from its credibility),
 * source mention (boxed) and cue (underlined), declared with their looks in plugin.xml, which the
 * {@link SpanPresentation} styles the text with. A change to the layer touches only the annotations of the spans it
 * changed, batched into one model event on the UI thread, so marking a claim stays fast in a document with tens of
 * thousands of spans; hover texts are computed when a hover asks for them.
 */
final class LayerAnnotations {

	static final String CLAIM_TYPE_PREFIX = "org.attest.ui.claim."; //$NON-NLS-1$
	static final String UNRATED_CLAIM = CLAIM_TYPE_PREFIX + "unrated"; //$NON-NLS-1$
	static final String SOURCE_MENTION = "org.attest.ui.sourceMention"; //$NON-NLS-1$
	static final String CUE = "org.attest.ui.cue"; //$NON-NLS-1$
	/** A claim's annotation type by its credibility id, for the ids with a type (and colour) of their own in plugin.xml. */
	private static final Map<String, String> RATED_CLAIM_TYPES = Stream
			.of("true", "mostly-true", "half-true", "barely-true", "false", "pants-fire", "unverifiable") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			.collect(Collectors.toUnmodifiableMap(credibility -> credibility, credibility -> CLAIM_TYPE_PREFIX + credibility));
	/** Every annotation type given to spans. */
	static final Set<String> TYPES = Stream.concat(RATED_CLAIM_TYPES.values().stream(), Stream.of(UNRATED_CLAIM, SOURCE_MENTION, CUE))
			.collect(Collectors.toUnmodifiableSet());

	private final AnnotationSession session;
	private final IAnnotationModelExtension documentModel;
	private final SpanAnnotationModel spans;
	private final Display display;
	private final Map<Span, Annotation> shown;
	/** Spans whose annotation must be redone (added, changed or removed) at the next update. */
	private final Set<Span> pending = new LinkedHashSet<>();
	private final LayerChanges changes;
	private final Consumer<Notification> listener = this::collect;

	/**
	 * @param documentModel the annotation model of the editor's document, which the span model is attached to: the
	 *                      document provider's, a JFace annotation model, which takes attachments
	 */
	LayerAnnotations(AnnotationSession session, IAnnotationModel documentModel, SpanAnnotationModel spans, Display display) {
		this.session = session;
		this.documentModel = (IAnnotationModelExtension) documentModel;
		this.spans = spans;
		this.display = display;
		changes = LayerChanges.of(session.layer());
		// sized for the layer's spans: tens of thousands in a large document
		shown = HashMap.newHashMap(spanCount());
	}

	/**
	 * Attaches the span model, gives it the layer's spans and starts following the layer. The spans go in text order,
	 * so that the model's index appends each.
	 */
	void install() {
		// keyed by itself: editors on one file share the document's annotation model, each with its span model
		documentModel.addAnnotationModel(spans, spans);
		Map<Annotation, Position> added = LinkedHashMap.newLinkedHashMap(spanCount());
		spans().sorted(Comparator.comparingInt(Span::getBegin)).forEach(span -> {
			Annotation annotation = annotationOf(span);
			shown.put(span, annotation);
			added.put(annotation, position(span));
		});
		spans.replace(new Annotation[0], added);
		changes.addListener(listener);
	}

	void dispose() {
		changes.removeListener(listener);
		spans.replace(shown.values().toArray(Annotation[]::new), Map.of());
		shown.clear();
		documentModel.removeAnnotationModel(spans);
	}

	private int spanCount() {
		AnnotationLayer layer = session.layer();
		return layer.getClaims().size() + layer.getSourceMentions().size() + layer.getCues().size();
	}

	private Stream<Span> spans() {
		AnnotationLayer layer = session.layer();
		return Stream.of(layer.getClaims(), layer.getSourceMentions(), layer.getCues()).flatMap(List::stream).map(Span.class::cast);
	}

	/** Notes the spans a notification concerns: spans added to or removed from the layer, or changed themselves. */
	private void collect(Notification notification) {
		boolean first = pending.isEmpty();
		if (notification.getNotifier() instanceof Span span) {
			pending.add(span);
		} else if (notification.getNotifier() instanceof AnnotationLayer) {
			for (Object value : new Object[] { notification.getOldValue(), notification.getNewValue() }) {
				if (value instanceof Span span) {
					pending.add(span);
				} else if (value instanceof List<?> list) {
					list.stream().filter(Span.class::isInstance).map(Span.class::cast).forEach(pending::add);
				}
			}
		}
		if (first && !pending.isEmpty()) {
			display.asyncExec(this::update);
		}
	}

	private void update() {
		Set<Span> inLayer = pending.stream().filter(span -> span.eContainer() == session.layer()).collect(Collectors.toSet());
		Annotation[] removed = pending.stream().map(shown::remove).filter(a -> a != null).toArray(Annotation[]::new);
		Map<Annotation, Position> added = new LinkedHashMap<>();
		for (Span span : inLayer) {
			Annotation annotation = annotationOf(span);
			shown.put(span, annotation);
			added.put(annotation, position(span));
		}
		pending.clear();
		spans.replace(removed, added);
	}

	private Annotation annotationOf(Span span) {
		String type = switch (span) {
		case ClaimMention claim -> claimType(claim);
		case SourceMention mention -> SOURCE_MENTION;
		case Cue cue -> CUE;
		default -> throw new IllegalArgumentException(span.eClass().getName());
		};
		return new SpanAnnotation(type, span);
	}

	private static String claimType(ClaimMention claim) {
		String credibility = claim.getCredibility();
		return credibility == null ? UNRATED_CLAIM : RATED_CLAIM_TYPES.getOrDefault(credibility, UNRATED_CLAIM);
	}

	private static Position position(Span span) {
		return new Position(span.getBegin(), Math.max(0, span.getEnd() - span.getBegin()));
	}

	/** A text annotation of a span; its text, the hover, is worked out when asked for. */
	private final class SpanAnnotation extends Annotation {
		private final Span span;

		SpanAnnotation(String type, Span span) {
			super(type, false, null);
			this.span = span;
		}

		@Override
		public String getText() {
			if (!(span instanceof ClaimMention claim)) {
				return label(span);
			}
			// a claim's hover: its label, then who says what about it
			String attributions = session.layer().getAttributions().stream().filter(a -> a.getClaim() == claim)
					.map(LayerAnnotations.this::label).collect(Collectors.joining("\n")); //$NON-NLS-1$
			return attributions.isEmpty() ? label(claim) : label(claim) + '\n' + attributions;
		}
	}

	private String label(Object object) {
		IItemLabelProvider provider = (IItemLabelProvider) session.adapterFactory().adapt(object, IItemLabelProvider.class);
		return provider == null ? String.valueOf(object) : provider.getText(object);
	}
}
