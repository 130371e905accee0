package org.attest.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationPainter.ITextStyleStrategy;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;

/**
 * The text styles of the spans' annotations (claims highlighted in their credibility's colour, source mentions
 * boxed, cues underlined), worked out for the region the viewer presents, and of that only for a window around
 * the visible text that follows scrolling: the annotations are looked up in the {@link SpanAnnotationModel}'s
 * index sorted by offset and styled in text order, overlaps included; the regions its changes touch are presented
 * again. JFace's annotation painter styles every annotation of the document
 * whenever they change and merges the styles one by one, in quadratic time with tens of thousands of spans;
 * {@link SpanDecorationSupport} keeps it off these types.
 * <p>
 * The looks are the user's annotation preferences (General &gt; Editors &gt; Text Editors &gt; Annotations):
 * the colour, "show in text" with its style (highlighted, box, underline, squiggles, …) and the layer, read from
 * the preference keys the platform's decoration support reads for these types; a change repaints. A vertical
 * bar is drawn, not styled: the platform's painter draws it.
 */
final class SpanPresentation implements ITextPresentationListener, IAnnotationModelListener, IAnnotationModelListenerExtension {

	/**
	 * Characters styled before and after the visible text: a few screens, so that scrolling finds the text styled
	 * already; the rest of the text stays unstyled until it comes near the view.
	 */
	private static final int MARGIN = 20_000;
	/** Beyond this many separate changed regions, one region covering them all is presented again. */
	private static final int MOST_REGIONS = 32;
	private static final ITextStyleStrategy HIGHLIGHT = new AnnotationPainter.HighlightingStrategy();
	/** The platform's text styles by their preference value, as its decoration support registers them. */
	private static final Map<String, ITextStyleStrategy> TEXT_STYLES = Map.of( //
			AnnotationPreference.STYLE_BOX, new AnnotationPainter.BoxStrategy(SWT.BORDER_SOLID), //
			AnnotationPreference.STYLE_DASHED_BOX, new AnnotationPainter.BoxStrategy(SWT.BORDER_DASH), //
			AnnotationPreference.STYLE_UNDERLINE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SINGLE), //
			AnnotationPreference.STYLE_SQUIGGLES, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE), //
			AnnotationPreference.STYLE_PROBLEM_UNDERLINE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_ERROR));

	private final ISourceViewer viewer;
	private final IPreferenceStore store;
	private final ISharedTextColors colors;
	private final SpanAnnotationModel spans;
	/** The look of each annotation type asked for so far; empty when it has none in the text. */
	private final Map<String, Optional<Look>> looks = new HashMap<>();
	/** The preference keys the looks were read from. */
	private final Set<String> lookKeys = new HashSet<>();
	private final IPropertyChangeListener preferenceListener = this::preferenceChanged;
	/** The part of the text styled, [windowFrom, windowTo); none while windowTo is negative. */
	private int windowFrom;
	private int windowTo = -1;
	private final IViewportListener viewportListener = verticalOffset -> followViewport();
	private final PaintListener paintListener = event -> event.display.asyncExec(this::followViewport);
	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			windowTo = -1;
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			// the first presentation of the new text places the window
		}
	};

	/** How annotations of one type look in the text: a text style in a colour, on a layer (higher wins). */
	private record Look(ITextStyleStrategy style, Color color, int layer) {
	}

	/** An annotation found in a presented region, clipped to it. */
	private record Styled(Look look, int begin, int end) {
	}

	SpanPresentation(ISourceViewer viewer, SpanAnnotationModel spans, IPreferenceStore store, ISharedTextColors colors) {
		this.viewer = viewer;
		this.spans = spans;
		this.store = store;
		this.colors = colors;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		viewer.addViewportListener(viewportListener);
		viewer.addTextInputListener(inputListener);
		viewer.getTextWidget().addPaintListener(paintListener);
		store.addPropertyChangeListener(preferenceListener);
		spans.addAnnotationModelListener(this);
	}

	void dispose() {
		spans.removeAnnotationModelListener(this);
		store.removePropertyChangeListener(preferenceListener);
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		viewer.removeViewportListener(viewportListener);
		viewer.removeTextInputListener(inputListener);
		StyledText widget = viewer.getTextWidget();
		if (widget != null && !widget.isDisposed()) {
			widget.removePaintListener(paintListener);
		}
	}

	/**
	 * Styles the text around the visible part anew once that part nears the edge of the styled window. The viewer
	 * reports scrolling by keys, mouse, scroll bar and resizing before the widget paints; anything else is caught
	 * when it paints, a moment late.
	 */
	private void followViewport() {
		IDocument document = viewer.getDocument();
		StyledText widget = viewer.getTextWidget();
		if (windowTo < 0 || document == null || widget == null || widget.isDisposed()) {
			return;
		}
		int wantedFrom = Math.max(0, viewer.getTopIndexStartOffset() - MARGIN / 2);
		int wantedTo = Math.min(document.getLength(), viewer.getBottomIndexEndOffset() + MARGIN / 2);
		if (wantedFrom >= windowFrom && wantedTo <= windowTo) {
			return;
		}
		windowTo = -1;
		placeWindow();
		((ITextViewerExtension2) viewer).invalidateTextPresentation(windowFrom, windowTo - windowFrom);
	}

	/** Places the styled window around the visible text, where it is not placed yet. */
	private void placeWindow() {
		if (windowTo >= 0) {
			return;
		}
		int length = viewer.getDocument().getLength();
		windowFrom = Math.max(0, viewer.getTopIndexStartOffset() - MARGIN);
		windowTo = Math.min(length, Math.max(viewer.getBottomIndexEndOffset(), windowFrom) + MARGIN);
	}

	/** Presents again the regions of the spans' annotations removed and added; all the styled window if all changed. */
	@Override
	public void modelChanged(AnnotationModelEvent event) {
		List<Position> changed = new ArrayList<>();
		if (event.isWorldChange()) {
			changed.add(new Position(0, Integer.MAX_VALUE));
		} else {
			for (Annotation annotation : event.getRemovedAnnotations()) {
				changed.add(event.getPositionOfRemovedAnnotation(annotation));
			}
			for (Annotation annotation : event.getAddedAnnotations()) {
				changed.add(spans.getPosition(annotation));
			}
		}
		invalidate(changed);
	}

	@Override
	public void modelChanged(IAnnotationModel model) {
		// the span model tells its events: see modelChanged(AnnotationModelEvent)
	}

	/**
	 * Presents the given regions again where they are in the styled window, merged where they touch, or one region
	 * around them all if there are many.
	 */
	private void invalidate(List<Position> regions) {
		StyledText widget = viewer.getTextWidget();
		if (windowTo < 0 || viewer.getDocument() == null || widget == null || widget.isDisposed()) {
			return;
		}
		regions.sort(Comparator.comparingInt(position -> position.offset));
		List<Position> merged = new ArrayList<>();
		for (Position region : regions) {
			int begin = Math.max(region.offset, windowFrom);
			int end = Math.min(region.offset + region.length, windowTo);
			if (begin >= end) {
				continue;
			}
			Position last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && begin <= last.offset + last.length) {
				last.length = Math.max(last.length, end - last.offset);
			} else {
				merged.add(new Position(begin, end - begin));
			}
		}
		if (merged.isEmpty()) {
			return;
		}
		if (merged.size() > MOST_REGIONS) {
			Position last = merged.get(merged.size() - 1);
			merged = List.of(new Position(merged.get(0).offset, last.offset + last.length - merged.get(0).offset));
		}
		for (Position region : merged) {
			((ITextViewerExtension2) viewer).invalidateTextPresentation(region.offset, region.length);
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (viewer.getDocument() == null) {
			return;
		}
		placeWindow();
		IRegion extent = presentation.getExtent();
		int from = Math.max(extent.getOffset(), windowFrom);
		int to = Math.min(extent.getOffset() + extent.getLength(), windowTo);
		if (from >= to) {
			return;
		}
		List<Styled> found = new ArrayList<>();
		spans.forEachOverlapping(from, to, (annotation, begin, end) -> {
			Look look = lookOf(annotation.getType());
			if (look != null && begin < end) {
				found.add(new Styled(look, Math.max(begin, from), Math.min(end, to)));
			}
		});
		if (!found.isEmpty()) {
			presentation.mergeStyleRanges(styleRanges(found));
		}
	}

	/**
	 * The style ranges of annotations sorted by begin, in text order and without overlaps: where annotations
	 * overlap, the piece they share has the styles of all of them (a cue's underline on a claim's background),
	 * applied by layer, and within a layer the later-beginning annotation's last (a claim inside a claim shows).
	 */
	private static StyleRange[] styleRanges(List<Styled> found) {
		int[] bounds = new int[2 * found.size()];
		for (int i = 0; i < found.size(); i++) {
			bounds[2 * i] = found.get(i).begin();
			bounds[2 * i + 1] = found.get(i).end();
		}
		Arrays.sort(bounds);
		List<StyleRange> ranges = new ArrayList<>(found.size() * 2);
		List<Styled> active = new ArrayList<>();
		int next = 0;
		int previous = -1;
		for (int bound : bounds) {
			if (bound == previous) {
				continue;
			}
			if (!active.isEmpty()) {
				ranges.add(styleRange(active, previous, bound));
			}
			active.removeIf(styled -> styled.end() <= bound);
			while (next < found.size() && found.get(next).begin() <= bound) {
				active.add(found.get(next++));
			}
			previous = bound;
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private static StyleRange styleRange(List<Styled> active, int begin, int end) {
		StyleRange range = new StyleRange(begin, end - begin, null, null);
		if (active.size() == 1) {
			Look look = active.get(0).look();
			look.style().applyTextStyle(range, look.color());
			return range;
		}
		// a stable sort: within a layer the order of beginning stays
		active.stream().map(Styled::look).sorted(Comparator.comparingInt(Look::layer))
				.forEach(look -> look.style().applyTextStyle(range, look.color()));
		return range;
	}

	/** The look of annotations of the given type in the text, as the preferences say, or null if they show none there. */
	private Look lookOf(String type) {
		return looks.computeIfAbsent(type, this::readLook).orElse(null);
	}

	private Optional<Look> readLook(String type) {
		AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(type);
		if (preference == null) {
			return Optional.empty();
		}
		String highlightKey = preference.getHighlightPreferenceKey();
		String textKey = preference.getTextPreferenceKey();
		String textStyleKey = preference.getTextStylePreferenceKey();
		for (String key : new String[] { preference.getColorPreferenceKey(), highlightKey, textKey, textStyleKey }) {
			if (key != null) {
				lookKeys.add(key);
			}
		}
		ITextStyleStrategy style;
		if (highlightKey != null && store.getBoolean(highlightKey)) {
			style = HIGHLIGHT;
		} else if (textKey != null && store.getBoolean(textKey)) {
			// without a style key the platform squiggles
			style = TEXT_STYLES.get(textStyleKey == null ? AnnotationPreference.STYLE_SQUIGGLES : store.getString(textStyleKey));
		} else {
			style = null;
		}
		if (style == null) {
			return Optional.empty();
		}
		Color color = colors.getColor(PreferenceConverter.getColor(store, preference.getColorPreferenceKey()));
		return Optional.of(new Look(style, color, preference.getPresentationLayer()));
	}

	/** A changed annotation look restyles all the styled window, on the UI thread: preference pages change looks rarely. */
	private void preferenceChanged(PropertyChangeEvent event) {
		StyledText widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return;
		}
		widget.getDisplay().asyncExec(() -> {
			if (lookKeys.contains(event.getProperty()) && !widget.isDisposed() && viewer.getDocument() != null) {
				looks.clear();
				viewer.invalidateTextPresentation();
			}
		});
	}
}
