package org.attest.core.team;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * JGit's progress reporting shown on an Eclipse monitor, and Eclipse's cancel request passed back to JGit.
 * JGit announces its tasks one after another without saying how many there will be, so each task takes a
 * share of what is left of the monitor.
 */
final class GitProgressMonitor implements ProgressMonitor {

	private final SubMonitor progress;
	private String task = ""; //$NON-NLS-1$
	private int total;
	private int done;

	GitProgressMonitor(IProgressMonitor monitor) {
		this.progress = SubMonitor.convert(monitor, 100);
	}

	@Override
	public void start(int totalTasks) {
		// the number of tasks is not known in advance in general; each task takes a share of the rest
	}

	@Override
	public void beginTask(String title, int totalWork) {
		task = title;
		total = totalWork;
		done = 0;
		progress.setWorkRemaining(100).split(10);
		progress.subTask(title);
	}

	@Override
	public void update(int completed) {
		done += completed;
		if (total > 0) {
			progress.subTask(NLS.bind(Messages.GitProgressMonitor_taskProgress, new Object[] { task, done, total }));
		}
	}

	@Override
	public void endTask() {
		progress.subTask(""); //$NON-NLS-1$
	}

	@Override
	public boolean isCancelled() {
		return progress.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// durations are for terminals; a progress monitor shows the task
	}
}
