package org.attest.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attest.core.recovery.RecoverySnapshot;
import org.attest.core.recovery.RecoveryStore;
import org.attest.core.store.CorpusStore;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.CorpusSessions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * What the workbench does on start with the recovery snapshots an earlier run left (it ended without saving or
 * giving up some annotations: a crash, a kill, a power cut): offers them in a dialog naming the corpora,
 * documents, times and any damaged file. <b>Restore</b> opens each snapshot's documents in annotation editors
 * with the recovered annotations, unsaved, for the annotator to save; <b>Discard</b> deletes the snapshots;
 * <b>Ask Later</b> keeps them for the next start. Whole snapshots equal to the saved files (their save finished,
 * their deletion did not) are deleted without asking.
 */
public final class RecoveryCheck {

	/** The index of each button of the dialog, in the order they are shown. */
	private static final int RESTORE = 0;
	private static final int DISCARD = 1;

	private final IWorkbenchWindow window;
	private final CorpusSessions sessions;

	public RecoveryCheck(IWorkbenchWindow window) {
		this.window = window;
		this.sessions = window.getWorkbench().getService(CorpusSessions.class);
	}

	/**
	 * Looks for snapshots to offer, and offers them; on the UI thread.
	 *
	 * @return whether there was any to offer
	 */
	public boolean run() {
		RecoveryStore store = sessions.recoveryStore();
		RecoveryStore.Listing listing;
		List<RecoverySnapshot> offered = new ArrayList<>();
		try {
			listing = store.list();
			for (RecoverySnapshot snapshot : listing.snapshots()) {
				if (sessions.isWriting(snapshot)) {
					continue;
				}
				if (!Files.isRegularFile(snapshot.corpus().resolve(CorpusStore.CORPUS_FILE))) {
					ILog.of(getClass()).warn(NLS.bind(Messages.RecoveryCheck_corpusGone, snapshot.corpus(), snapshot.folder()));
				} else if (snapshot.differsFromSaved() || !snapshot.problems().isEmpty()) {
					offered.add(snapshot);
				} else {
					snapshot.discard();
				}
			}
		} catch (IOException e) {
			ILog.of(getClass()).error(NLS.bind(Messages.RecoveryCheck_cannotList, store.root(), e.getMessage()), e);
			return false;
		}
		listing.problems().forEach(problem -> ILog.of(getClass()).warn(problem));
		if (offered.isEmpty()) {
			return false;
		}
		int answer = new MessageDialog(window.getShell(), Messages.RecoveryCheck_title, null, describe(offered, listing.problems()),
				MessageDialog.QUESTION, RESTORE, Messages.RecoveryCheck_restore, Messages.RecoveryCheck_discard,
				Messages.RecoveryCheck_askLater).open();
		if (answer == RESTORE) {
			restore(offered);
		} else if (answer == DISCARD) {
			discard(offered);
		}
		return true;
	}

	private static String describe(List<RecoverySnapshot> snapshots, List<String> unreadable) {
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
		StringBuilder message = new StringBuilder(Messages.RecoveryCheck_intro);
		for (RecoverySnapshot snapshot : snapshots) {
			String documents = snapshot.documents().isEmpty() ? Messages.RecoveryCheck_corpusFileOnly
					: String.join(", ", snapshot.documents()); //$NON-NLS-1$
			message.append("\n\n").append(NLS.bind(Messages.RecoveryCheck_snapshot, new Object[] { //$NON-NLS-1$
					snapshot.corpus().getFileName(), documents, snapshot.annotator(), time.format(snapshot.time()) }));
			snapshot.problems().forEach(problem -> message.append('\n').append(problem));
		}
		unreadable.forEach(problem -> message.append("\n\n").append(problem)); //$NON-NLS-1$
		return message.append("\n\n").append(Messages.RecoveryCheck_choices).toString(); //$NON-NLS-1$
	}

	private void restore(List<RecoverySnapshot> snapshots) {
		IWorkbenchPage page = window.getActivePage();
		List<String> problems = new ArrayList<>();
		for (RecoverySnapshot snapshot : snapshots) {
			try {
				restore(snapshot, page, problems);
			} catch (IOException | CoreException e) {
				problems.add(NLS.bind(Messages.RecoveryCheck_cannotRestore, snapshot.corpus(), e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			MessageDialog.openWarning(window.getShell(), Messages.RecoveryCheck_title,
					NLS.bind(Messages.RecoveryCheck_notAllRestored, String.join("\n", problems))); //$NON-NLS-1$
		}
	}

	/**
	 * Closes the corpus's open editors (they show the saved files; one with unsaved changes asks), restores the
	 * snapshot into a new model of the corpus, and opens its documents.
	 */
	private void restore(RecoverySnapshot snapshot, IWorkbenchPage page, List<String> problems) throws IOException, CoreException {
		Path corpus = snapshot.corpus();
		if (sessions.model(corpus).isPresent() && !page.closeEditors(editorsOf(page, corpus), true)) {
			return; // the annotator cancelled: the snapshot stays for later
		}
		if (sessions.model(corpus).isPresent()) {
			problems.add(NLS.bind(Messages.RecoveryCheck_stillOpen, corpus));
			return;
		}
		IProject project = CorpusProjects.find(corpus).isPresent() ? CorpusProjects.find(corpus).get() : CorpusProjects.open(corpus, null);
		RecoverySnapshot.Restored restored = sessions.restore(snapshot);
		problems.addAll(restored.problems());
		List<IFile> documents = new ArrayList<>();
		for (String id : snapshot.documents()) {
			documents.add(project.getFolder(CorpusStore.DOCUMENTS_FOLDER).getFile(id + '.' + CorpusStore.FILE_EXTENSION));
		}
		if (documents.isEmpty()) {
			// only the corpus file changed (the Sources view): any document's editor shows and saves it
			CorpusProjects.firstDocument(project).ifPresent(documents::add);
		}
		for (IFile document : documents) {
			try {
				IDE.openEditor(page, document, AnnotationEditor.ID, true);
			} catch (PartInitException e) {
				problems.add(e.getMessage());
			}
		}
	}

	private static IEditorReference[] editorsOf(IWorkbenchPage page, Path corpus) throws PartInitException {
		List<IEditorReference> editors = new ArrayList<>();
		IPath folder = IPath.fromPath(corpus);
		for (IEditorReference editor : page.getEditorReferences()) {
			IEditorInput input = editor.getEditorInput();
			Optional<IPath> location = input instanceof IFileEditorInput file ? Optional.ofNullable(file.getFile().getLocation())
					: Optional.empty();
			if (location.isPresent() && folder.isPrefixOf(location.get())) {
				editors.add(editor);
			}
		}
		return editors.toArray(IEditorReference[]::new);
	}

	private void discard(List<RecoverySnapshot> snapshots) {
		for (RecoverySnapshot snapshot : snapshots) {
			try {
				snapshot.discard();
			} catch (IOException e) {
				MessageDialog.openError(window.getShell(), Messages.RecoveryCheck_title,
						NLS.bind(Messages.RecoveryCheck_cannotDiscard, snapshot.folder(), e.getMessage()));
			}
		}
	}
}
