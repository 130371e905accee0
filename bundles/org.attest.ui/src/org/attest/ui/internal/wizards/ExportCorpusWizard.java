package org.attest.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File > Export > Attest > Attest Corpus: exports a corpus in one of Attest's formats in the background. */
public final class ExportCorpusWizard extends Wizard implements IExportWizard {

	private final PathPrompt prompt;
	private IStructuredSelection selection;
	private ExportCorpusPage page;

	/** The wizard as the workbench makes it, with the platform's file dialogs. */
	public ExportCorpusWizard() {
		this(new NativePathPrompt());
	}

	/** A wizard asking for the corpus and destination with {@code prompt}. */
	public ExportCorpusWizard(PathPrompt prompt) {
		this.prompt = prompt;
		setWindowTitle(Messages.ExportCorpusWizard_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		selection = currentSelection;
	}

	@Override
	public void addPages() {
		page = new ExportCorpusPage(prompt, selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.job().schedule();
		return true;
	}
}
