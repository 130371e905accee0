package org.attest.ui.tests.harness;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * The result of the next job of a family to finish, heard from the job manager: start listening before the
 * job is scheduled, then {@link #await()} it.
 */
public final class JobResults extends JobChangeAdapter {

	private final Object family;
	private final CompletableFuture<IStatus> result = new CompletableFuture<>();

	private JobResults(Object family) {
		this.family = family;
	}

	/** Starts listening for the next job of the family to finish. */
	public static JobResults listen(Object family) {
		JobResults results = new JobResults(family);
		Job.getJobManager().addJobChangeListener(results);
		return results;
	}

	@Override
	public void done(IJobChangeEvent event) {
		if (event.getJob().belongsTo(family)) {
			result.complete(event.getResult());
		}
	}

	/** Waits for the job to finish (up to {@link Ui#TIMEOUT}) and returns its result. */
	public IStatus await() {
		try {
			return result.get(Ui.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError("no job of " + family + " finished within " + Ui.TIMEOUT, e);
		} catch (ExecutionException e) {
			throw new AssertionError(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		} finally {
			Job.getJobManager().removeJobChangeListener(this);
		}
	}
}
