package org.attest.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.progress.UIJob;

/**
 * When the workbench starts: offers the unsaved annotations an earlier run left in recovery files
 * ({@link RecoveryCheck}), and opens the corpus named by the system property {@value #CORPUS_PROPERTY} (the
 * {@code run} script passes the bundled sample corpus this way): the folder becomes a workspace project and,
 * the first time, its first document opens in the editor.
 */
public class CorpusStartup implements IStartup {

	/** System property naming a corpus folder to open at startup. */
	public static final String CORPUS_PROPERTY = "attest.corpus"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		checkForRecoveryFiles();
		String corpus = System.getProperty(CORPUS_PROPERTY);
		if (corpus == null || corpus.isBlank()) {
			return;
		}
		Path folder = Path.of(corpus);
		if (!Files.isDirectory(folder)) {
			ILog.of(getClass()).error(NLS.bind(Messages.CorpusStartup_notAFolder, folder));
			return;
		}
		WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.CorpusStartup_jobName, folder.getFileName())) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				boolean known = CorpusProjects.find(folder).isPresent();
				IProject project = CorpusProjects.open(folder, monitor);
				if (!known) {
					CorpusProjects.firstDocument(project).ifPresent(CorpusStartup::openInEditor);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	private static void checkForRecoveryFiles() {
		new UIJob(Messages.CorpusStartup_recoveryCheck) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
					window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
				}
				if (window != null) {
					new RecoveryCheck(window).run();
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	private static void openInEditor(IFile document) {
		new UIJob(NLS.bind(Messages.CorpusStartup_openDocument, document.getName())) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
					window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
				}
				IWorkbenchPage page = window == null ? null : window.getActivePage();
				if (page == null) {
					return Status.CANCEL_STATUS;
				}
				try {
					IDE.openEditor(page, document);
					return Status.OK_STATUS;
				} catch (PartInitException e) {
					return e.getStatus();
				}
			}
		}.schedule();
	}
}
