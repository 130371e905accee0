package org.attest.ui.internal.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * The platform's decoration support (annotation painter, overview ruler, current line, margin) for the annotation
 * editor, leaving the text styles of the spans' annotations to {@link SpanPresentation}: it reads the preferences
 * through a store that says the spans' annotations are neither highlighted nor shown in the text, unless as a
 * vertical bar, which is drawn rather than styled and so stays with the painter. Their colours and overview ruler
 * settings it reads as they are.
 */
final class SpanDecorationSupport extends SourceViewerDecorationSupport {

	private final Set<String> spanTypes;

	SpanDecorationSupport(ISourceViewer viewer, IOverviewRuler overviewRuler, IAnnotationAccess access, ISharedTextColors colors,
			Set<String> spanTypes) {
		super(viewer, overviewRuler, access, colors);
		this.spanTypes = spanTypes;
	}

	@Override
	public void install(IPreferenceStore store) {
		super.install(new SpanStylesElsewhere(store, spanTypes));
	}

	/** The preferences, but for the spans' annotations only what the painter still shows of them. */
	private static final class SpanStylesElsewhere extends ChainedPreferenceStore {

		private final IPreferenceStore store;
		/** The highlight and "show in text" keys of the span types, each with its type's preference. */
		private final Map<String, AnnotationPreference> highlightKeys = new HashMap<>();
		private final Map<String, AnnotationPreference> textKeys = new HashMap<>();

		SpanStylesElsewhere(IPreferenceStore store, Set<String> spanTypes) {
			super(new IPreferenceStore[] { store });
			this.store = store;
			for (String type : spanTypes) {
				AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(type);
				if (preference != null) {
					if (preference.getHighlightPreferenceKey() != null) {
						highlightKeys.put(preference.getHighlightPreferenceKey(), preference);
					}
					if (preference.getTextPreferenceKey() != null) {
						textKeys.put(preference.getTextPreferenceKey(), preference);
					}
				}
			}
		}

		@Override
		public boolean getBoolean(String name) {
			if (highlightKeys.containsKey(name)) {
				return false;
			}
			AnnotationPreference preference = textKeys.get(name);
			if (preference != null) {
				return store.getBoolean(name) && !highlighted(preference) && preference.getTextStylePreferenceKey() != null
						&& AnnotationPreference.STYLE_IBEAM.equals(store.getString(preference.getTextStylePreferenceKey()));
			}
			return super.getBoolean(name);
		}

		private boolean highlighted(AnnotationPreference preference) {
			return preference.getHighlightPreferenceKey() != null && store.getBoolean(preference.getHighlightPreferenceKey());
		}
	}
}
