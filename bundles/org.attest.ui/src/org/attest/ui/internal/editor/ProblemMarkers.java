package org.attest.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attest.core.validation.LayerValidation;
import org.attest.model.Span;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.ui.ide.IDE;

/**
 * Shows what the validator finds in a layer as problem markers on the document file: in the Problems view
 * and the editor's rulers, each placed on its span so that opening it goes there, in the annotation editor.
 */
final class ProblemMarkers {

	/** The marker type, declared in plugin.xml. */
	static final String TYPE = "org.attest.ui.problem"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/**
	 * Makes the file's Attest problem markers the layer's current findings. A finding that is already a marker
	 * keeps it: the editor validates when it opens, and the marker of a double-clicked problem that opened it
	 * must still exist for the editor to go to its span.
	 */
	static void update(IFile file, AnnotationSession session) throws CoreException {
		Diagnostic result = LayerValidation.validate(session.layer(), session.schema());
		ResourcesPlugin.getWorkspace().run(monitor -> {
			List<IMarker> stale = new ArrayList<>(List.of(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)));
			for (Diagnostic finding : result.getChildren()) {
				if (finding.getSeverity() == Diagnostic.OK) {
					continue;
				}
				Map<String, Object> attributes = attributes(finding);
				Optional<IMarker> same = stale.stream().filter(marker -> hasAttributes(marker, attributes)).findFirst();
				if (same.isPresent()) {
					stale.remove(same.get());
				} else {
					file.createMarker(TYPE, attributes);
				}
			}
			for (IMarker marker : stale) {
				marker.delete();
			}
		}, file, 0, null);
	}

	private static boolean hasAttributes(IMarker marker, Map<String, Object> attributes) {
		try {
			return attributes.equals(marker.getAttributes());
		} catch (CoreException e) {
			return false; // gone meanwhile: a new one is made
		}
	}

	private static Map<String, Object> attributes(Diagnostic finding) {
		Span span = finding.getData().stream().filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElse(null);
		int severity = switch (finding.getSeverity()) {
		case Diagnostic.ERROR -> IMarker.SEVERITY_ERROR;
		case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
		// opened in the annotation editor, whatever the file's content type says
		if (span == null) {
			return Map.of(IMarker.MESSAGE, finding.getMessage(), IMarker.SEVERITY, severity, IDE.EDITOR_ID_ATTR,
					AnnotationEditor.ID);
		}
		return Map.of(IMarker.MESSAGE, finding.getMessage(), IMarker.SEVERITY, severity, IMarker.CHAR_START, span.getBegin(),
				IMarker.CHAR_END, span.getEnd(), IMarker.LOCATION, span.getBegin() + "–" + span.getEnd(), //$NON-NLS-1$
				IDE.EDITOR_ID_ATTR, AnnotationEditor.ID);
	}
}
