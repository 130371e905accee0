package org.attest.ui.internal.team;

import java.io.IOException;
import java.util.Optional;

import org.attest.core.team.ShareCorpusOperation;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** Shares a corpus project as a Git repository in the background, pushing it to the remote when one is given. */
public final class ShareCorpusJob extends Job {

	/** The family of share jobs, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
	public static final Object FAMILY = ShareCorpusJob.class;

	private final IProject project;
	private final String annotator;
	private final Optional<String> remote;

	ShareCorpusJob(IProject project, String annotator, Optional<String> remote) {
		super(NLS.bind(Messages.ShareCorpusJob_name, project.getName()));
		this.project = project;
		this.annotator = annotator;
		this.remote = remote;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			new ShareCorpusOperation(project.getLocation().toPath(), annotator, remote).execute(progress.split(8));
			TeamJobs.refresh(project, progress.split(2));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(e.getMessage(), e);
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}
}
