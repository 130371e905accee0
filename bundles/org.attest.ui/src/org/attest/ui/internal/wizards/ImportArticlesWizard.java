package org.attest.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

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
		job.addJobChangeListener(new ImportProblemsNotice());
		job.schedule();
		return true;
	}
}
