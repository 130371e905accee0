package org.attest.ui.internal.wizards;

import java.util.Optional;

import org.attest.ui.internal.CorpusProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

/** File > Import > Attest > Attest Articles: imports text, HTML and JSONL files into a corpus in the background. */
public final class ImportArticlesWizard extends Wizard implements IImportWizard {

	private final PathPrompt prompt;
	private IStructuredSelection selection;
	private ImportArticlesPage page;

	/** The wizard as the workbench makes it, with the platform's file dialogs. */
	public ImportArticlesWizard() {
		this(new NativePathPrompt());
	}

	/** A wizard asking for files and folders with {@code prompt}. */
	public ImportArticlesWizard(PathPrompt prompt) {
		this.prompt = prompt;
		setWindowTitle(Messages.ImportArticlesWizard_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		selection = currentSelection;
	}

	@Override
	public void addPages() {
		page = new ImportArticlesPage(prompt, selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ImportArticlesJob job = page.job();
		// the import adds to the corpus file that open editors share: they are offered for saving first, as a
		// synchronization does, and opened again on what the import wrote
		Optional<IProject> project = CorpusProjects.find(job.folder());
		if (project.isPresent() && !IDE.saveAllEditors(new IResource[] { project.get() }, true)) {
			return false;
		}
		job.addJobChangeListener(new ImportProblemsNotice());
		job.schedule();
		return true;
	}
}
