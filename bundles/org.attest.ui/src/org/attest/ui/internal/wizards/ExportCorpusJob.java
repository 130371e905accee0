package org.attest.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.export.CorpusExporter;
import org.attest.core.export.ExportOperation;
import org.attest.core.export.ExportOptions;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Exports a corpus in one format to a file or folder, as the corpus is saved when the job starts (see
 * {@link ExportOperation}), so the annotator may go on editing and saving meanwhile; a cancelled export leaves
 * no half-written file and no snapshot. When the target lies in the workspace, its folder is refreshed so the
 * export shows.
 */
public final class ExportCorpusJob extends Job {

	/** The family of every export job, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
	public static final Object FAMILY = ExportCorpusJob.class;

	private final Path corpus;
	private final CorpusExporter exporter;
	private final ExportOptions options;
	private final Path target;

	ExportCorpusJob(Path corpus, CorpusExporter exporter, ExportOptions options, Path target) {
		super(NLS.bind(Messages.ExportCorpusJob_name, corpus.getFileName(), exporter.format()));
		this.corpus = corpus;
		this.exporter = exporter;
		this.options = options;
		this.target = target;
		setUser(true);
	}

	/** The folder of the corpus exported. */
	Path corpus() {
		return corpus;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			new ExportOperation(corpus, exporter, options, target).execute(progress.split(9));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.ExportCorpusJob_failed, new Object[] { corpus, target, e.getMessage() }), e);
		}
		return refreshTargetFolder(progress.split(1));
	}

	private IStatus refreshTargetFolder(IProgressMonitor monitor) {
		Path folder = target.toAbsolutePath().getParent();
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri());
		SubMonitor progress = SubMonitor.convert(monitor, containers.length);
		try {
			for (IContainer container : containers) {
				container.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}
}
