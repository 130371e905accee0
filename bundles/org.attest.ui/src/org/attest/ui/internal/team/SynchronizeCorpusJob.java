package org.attest.ui.internal.team;

import java.io.IOException;

import org.attest.core.team.SynchronizeOperation;
import org.attest.core.team.SynchronizeResult;
import org.attest.ui.internal.editor.CorpusEditors;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Synchronizes a corpus project with its remote in the background, refreshes the project, opens the corpus's
 * editors again on what came in, then shows what happened (conflicts listed by path).
 */
public final class SynchronizeCorpusJob extends Job {

	/** The family of synchronization jobs, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
	public static final Object FAMILY = SynchronizeCorpusJob.class;

	private final IProject project;
	private final String annotator;

	SynchronizeCorpusJob(IProject project, String annotator) {
		super(NLS.bind(Messages.SynchronizeCorpusJob_name, project.getName()));
		this.project = project;
		this.annotator = annotator;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		SynchronizeResult result;
		try {
			result = new SynchronizeOperation(project.getLocation().toPath(), annotator, null).execute(progress.split(8));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(e.getMessage(), e);
		}
		try {
			TeamJobs.refresh(project, progress.split(2));
		} catch (CoreException e) {
			return e.getStatus();
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (!result.incoming().isEmpty()) {
				try {
					CorpusEditors.reopen(project);
				} catch (PartInitException e) {
					ILog.of(getClass()).log(e.getStatus());
				}
			}
			SynchronizeNotice.show(project, result);
		});
		return Status.OK_STATUS;
	}
}
