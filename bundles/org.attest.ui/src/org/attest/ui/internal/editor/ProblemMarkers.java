package org.attest.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.core.validation.LayerValidation;
import org.attest.model.Span;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ide.IDE;

/**
 * Shows what the validator finds in a layer as problem markers on the document file: in the Problems view
 * and the editor's rulers, each placed on its span so that opening it goes there, in the annotation editor.
 * The layer is validated on the caller's (UI) thread, the only one that may read the model; the markers are
 * written by a background job, so that opening or saving a document never waits for the workspace, and the
 * editor shows the document before its markers.
 */
final class ProblemMarkers {

	/** The marker type, declared in plugin.xml. */
	static final String TYPE = "org.attest.ui.problem"; //$NON-NLS-1$

	private final IFile file;
	private final Writer writer;

	/** @param file the document file whose markers these are */
	ProblemMarkers(IFile file) {
		this.file = file;
		writer = new Writer();
	}

	/** Validates the layer now; the file's Attest problem markers become the findings in the background. */
	void update(AnnotationSession session) {
		Diagnostic result = LayerValidation.validate(session.layer(), session.schema());
		writer.write(new Findings(file.getLocation(), result.getChildren().stream()
				.filter(finding -> finding.getSeverity() != Diagnostic.OK).map(ProblemMarkers::attributes).toList()));
	}

	/**
	 * Findings as marker attributes, and where the file was when they were found: a file deleted meanwhile and
	 * made again elsewhere under the same workspace path (a project of that name in another folder) is
	 * another file, which they are not about.
	 */
	private record Findings(IPath location, List<Map<String, Object>> markers) {
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

	/**
	 * Writes the latest findings handed to it; findings that a newer update replaced before the job ran are
	 * never written. Scheduled on the file, so it waits for whoever changes the file, and finds it gone after a
	 * deletion.
	 */
	private final class Writer extends WorkspaceJob {

		/** The findings not written yet; {@code null} when there are none. */
		private Findings pending;

		Writer() {
			super(NLS.bind(Messages.ProblemMarkers_job, file.getName()));
			setSystem(true);
			setRule(file);
		}

		synchronized void write(Findings findings) {
			pending = findings;
			// a running job runs once more after it finishes
			schedule();
		}

		private synchronized Findings takePending() {
			Findings findings = pending;
			pending = null;
			return findings;
		}

		/**
		 * A finding that is already a marker keeps it: the editor validates when it opens, and the marker of a
		 * double-clicked problem that opened it must still exist for the editor to go to its span.
		 */
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			Findings findings = takePending();
			if (findings == null || !file.exists() || !Objects.equals(findings.location(), file.getLocation())) {
				return Status.OK_STATUS;
			}
			// looked up by their attributes, so that thousands of findings take no quadratic time
			Map<Map<String, Object>, Deque<IMarker>> stale = new HashMap<>();
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				stale.computeIfAbsent(marker.getAttributes(), attributes -> new ArrayDeque<>()).add(marker);
			}
			for (Map<String, Object> attributes : findings.markers()) {
				Deque<IMarker> same = stale.get(attributes);
				if (same == null || same.poll() == null) {
					file.createMarker(TYPE, attributes);
				}
			}
			for (Deque<IMarker> markers : stale.values()) {
				for (IMarker marker : markers) {
					marker.delete();
				}
			}
			return Status.OK_STATUS;
		}
	}
}
