package org.attest.ui.internal.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.attest.core.agreement.AgreementOperation;
import org.attest.core.agreement.AgreementOptions;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Measures the agreement of a corpus's annotators in the background, from the layers as saved, and hands the
 * report to the view.
 */
final class AgreementJob extends Job {

	/** The family of these jobs, for waiting on them. */
	static final Object FAMILY = AgreementJob.class;

	private final Path folder;
	private final Consumer<AgreementReport> done;

	/** @param done told the report, on this job's thread, unless the job fails or is cancelled */
	AgreementJob(Path folder, Consumer<AgreementReport> done) {
		super(NLS.bind(Messages.AgreementJob_name, folder.getFileName()));
		this.folder = folder;
		this.done = done;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			done.accept(new AgreementOperation(CorpusStore.open(folder), AgreementOptions.all()).execute(monitor));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.AgreementJob_failed, folder, e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
