package org.attest.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.attest.core.recovery.RecoveryWriter;
import org.attest.core.recovery.UnsavedFiles;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.UIJob;

/**
 * Keeps a corpus model's unsaved changes in a recovery snapshot, so that they survive a crash of the workbench
 * (docs/reliability.md, "Recovery file"). {@value #DELAY_MILLIS} ms after the latest change, the unsaved files
 * are copied on the UI thread, where the model may be read, then serialized and written by a background job;
 * once nothing is unsaved (saved, undone to the saved state, or an editor closed without saving) the snapshot
 * is deleted. The writing job takes only the latest request, so a burst of changes costs one write.
 */
final class RecoverySnapshots implements CommandStackListener {

	/** How long the model must rest after a change before it is snapshotted: typing on costs no snapshot. */
	static final long DELAY_MILLIS = 2_000;

	private final CorpusModel model;
	private final RecoveryWriter writer;
	/** The next thing to do on disk: write these files, or (empty) delete the snapshot. */
	private final AtomicReference<Optional<UnsavedFiles.Capture>> request = new AtomicReference<>();
	private final UIJob snapshot;
	private final Job write;
	private boolean disposed;

	RecoverySnapshots(CorpusModel model, RecoveryWriter writer) {
		this.model = model;
		this.writer = writer;
		snapshot = new UIJob(NLS.bind(Messages.RecoverySnapshots_snapshotJob, model.store().folder().getFileName())) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				snapshotNow();
				return Status.OK_STATUS;
			}
		};
		snapshot.setSystem(true);
		write = Job.createSystem(NLS.bind(Messages.RecoverySnapshots_writeJob, model.store().folder().getFileName()), monitor -> {
			writeRequested();
			return Status.OK_STATUS;
		});
	}

	/** After every command, undo, redo, save or release in the corpus; on the UI thread. */
	@Override
	public void commandStackChanged(EventObject event) {
		if (disposed) {
			return;
		}
		snapshot.cancel();
		if (model.isSaveNeeded()) {
			snapshot.schedule(DELAY_MILLIS);
		} else {
			request(Optional.empty());
		}
	}

	Path folder() {
		return writer.folder();
	}

	private void snapshotNow() {
		if (disposed || !model.isSaveNeeded()) {
			return;
		}
		try {
			request(Optional.of(UnsavedFiles.capture(model.store(), model.unsavedResources(), Annotators.current())));
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.RecoverySnapshots_cannotSnapshot, model.store().folder(), e.getMessage()), e);
		}
	}

	private void request(Optional<UnsavedFiles.Capture> next) {
		request.set(next);
		write.schedule();
	}

	private void writeRequested() {
		Optional<UnsavedFiles.Capture> next = request.getAndSet(null);
		if (next == null) {
			return;
		}
		try {
			if (next.isPresent()) {
				writer.write(next.get().serialize());
			} else {
				writer.discard();
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.RecoverySnapshots_cannotWrite, writer.folder(), e.getMessage()), e);
		}
	}

	/**
	 * Stops snapshotting; with {@code discard}, deletes the snapshot, once a write under way has ended (which
	 * holds the UI thread for at most that write).
	 */
	void dispose(boolean discard) {
		disposed = true;
		snapshot.cancel();
		request.set(null);
		write.cancel();
		if (!discard) {
			return;
		}
		try {
			writer.close();
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.RecoverySnapshots_cannotWrite, writer.folder(), e.getMessage()), e);
		}
	}
}
