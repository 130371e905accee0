package org.attest.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.imports.CorpusImport;
import org.attest.core.imports.ImportProblem;
import org.attest.core.imports.ImportResult;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.editor.CorpusEditors;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.osgi.framework.FrameworkUtil;

/**
 * Imports files and folders into a corpus folder, creating the corpus when the folder has none, then shows
 * the folder as a refreshed workspace project. Its result names every problem, one child status each
 * ({@code file:line: message}); with any, it is an error.
 */
public final class ImportArticlesJob extends Job {

	/** The family of every import job, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
	public static final Object FAMILY = ImportArticlesJob.class;

	private static final String PLUGIN_ID = FrameworkUtil.getBundle(ImportArticlesJob.class).getSymbolicName();

	private final Path folder;
	private final List<Path> paths;
	private final String annotator;

	ImportArticlesJob(Path folder, List<Path> paths, String annotator) {
		super(NLS.bind(Messages.ImportArticlesJob_name, folder.getFileName()));
		this.folder = folder;
		this.paths = paths;
		this.annotator = annotator;
		setUser(true);
		// ImportProblemsNotice shows the problems, listed one by one
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		CorpusStore store;
		try {
			store = Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE)) ? CorpusStore.open(folder)
					: CorpusStore.create(folder, folder.toAbsolutePath().getFileName().toString(), DefaultLabelSchema.create());
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.ImportArticlesJob_cannotOpen, folder, e.getMessage()), e);
		}
		List<ImportResult> results;
		try {
			results = new CorpusImport().run(store, paths, annotator, progress.split(8));
		} catch (OperationCanceledException e) {
			refresh(progress.split(2));
			return Status.CANCEL_STATUS;
		}
		try {
			store.save();
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.ImportArticlesJob_cannotSave, folder, e.getMessage()), e);
		}
		IStatus refreshed = refresh(progress.split(2));
		return summary(results, refreshed);
	}

	/** The corpus folder imported into. */
	Path folder() {
		return folder;
	}

	private IStatus refresh(IProgressMonitor monitor) {
		try {
			IProject project = CorpusProjects.open(folder, null);
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				try {
					CorpusEditors.reopen(project);
				} catch (PartInitException e) {
					ILog.of(getClass()).log(e.getStatus());
				}
			});
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	private IStatus summary(List<ImportResult> results, IStatus refreshed) {
		int documents = results.stream().mapToInt(result -> result.documentIds().size()).sum();
		List<ImportProblem> problems = results.stream().flatMap(result -> result.problems().stream()).toList();
		if (problems.isEmpty() && refreshed.isOK()) {
			return Status.info(NLS.bind(Messages.ImportArticlesJob_done, documents, folder));
		}
		MultiStatus status = new MultiStatus(PLUGIN_ID, 0,
				NLS.bind(Messages.ImportArticlesJob_problems, new Object[] { documents, folder, problems.size() }));
		problems.forEach(problem -> status.add(Status.error(problem.toString())));
		if (!refreshed.isOK()) {
			status.add(refreshed);
		}
		return status;
	}
}
