package org.attest.ui.internal.editor;

import java.util.Map;

import org.attest.core.validation.LayerValidation;
import org.attest.model.Span;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Shows what the validator finds in a layer as problem markers on the document file: in the Problems view
 * and the editor's rulers, each placed on its span so that opening it goes there.
 */
final class ProblemMarkers {

	/** The marker type, declared in plugin.xml. */
	static final String TYPE = "org.attest.ui.problem"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/** Replaces the file's Attest problem markers with the layer's current findings. */
	static void update(IFile file, AnnotationSession session) throws CoreException {
		Diagnostic result = LayerValidation.validate(session.layer(), session.schema());
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic finding : result.getChildren()) {
				if (finding.getSeverity() == Diagnostic.OK) {
					continue;
				}
				IMarker marker = file.createMarker(TYPE);
				marker.setAttributes(attributes(finding));
			}
		}, file, 0, null);
	}

	private static Map<String, Object> attributes(Diagnostic finding) {
		Span span = finding.getData().stream().filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElse(null);
		int severity = switch (finding.getSeverity()) {
		case Diagnostic.ERROR -> IMarker.SEVERITY_ERROR;
		case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
		if (span == null) {
			return Map.of(IMarker.MESSAGE, finding.getMessage(), IMarker.SEVERITY, severity);
		}
		return Map.of(IMarker.MESSAGE, finding.getMessage(), IMarker.SEVERITY, severity, IMarker.CHAR_START, span.getBegin(),
				IMarker.CHAR_END, span.getEnd(), IMarker.LOCATION, span.getBegin() + "–" + span.getEnd()); //$NON-NLS-1$
	}
}
