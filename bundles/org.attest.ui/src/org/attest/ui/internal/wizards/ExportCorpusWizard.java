package org.attest.ui.internal.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

/**
 * File > Export > Attest > Attest Corpus: exports a corpus in one of Attest's formats in the background, as
 * saved when the export starts.
 */
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

	/**
	 * Offers the corpus's unsaved editors for saving first, as Synchronize Corpus does: the export is of the
	 * corpus as saved when it starts, so it goes on in the background while the annotator keeps editing.
	 */
	@Override
	public boolean performFinish() {
		ExportCorpusJob job = page.job();
		IContainer[] corpus = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(job.corpus().toUri());
		if (!IDE.saveAllEditors(corpus, true)) {
			return false;
		}
		job.schedule();
		return true;
	}
}
