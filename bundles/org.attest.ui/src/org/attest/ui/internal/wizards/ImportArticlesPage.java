package org.attest.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The import wizard's page: the corpus to import into, the annotator of JSONL annotations, the files and folders. */
final class ImportArticlesPage extends WizardPage {

	private final PathPrompt prompt;
	private final IStructuredSelection selection;
	private CorpusFolderField corpus;
	private Text annotator;
	private org.eclipse.swt.widgets.List paths;

	ImportArticlesPage(PathPrompt prompt, IStructuredSelection selection) {
		super("importArticles"); //$NON-NLS-1$
		this.prompt = prompt;
		this.selection = selection;
		setTitle(Messages.ImportArticlesPage_title);
		setDescription(Messages.ImportArticlesPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		corpus = new CorpusFolderField(page, prompt, selection, this::validate);
		new Label(page, SWT.NONE).setText(Messages.WizardFields_annotator);
		annotator = new Text(page, SWT.BORDER);
		annotator.setText(CorpusStore.GOLD);
		annotator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		annotator.addModifyListener(event -> validate());
		Label filesLabel = new Label(page, SWT.NONE);
		filesLabel.setText(Messages.ImportArticlesPage_files);
		filesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		paths = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		paths.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		createButtons(page);
		setControl(page);
		validate();
		// a new page shows its description; what is missing shows once the user edits
		setErrorMessage(null);
	}

	private void createButtons(Composite page) {
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, Messages.ImportArticlesPage_addFiles, () -> prompt.files(getShell()).forEach(this::add));
		button(buttons, Messages.ImportArticlesPage_addFolder,
				() -> prompt.folder(getShell(), Messages.ImportArticlesPage_addFolderMessage).ifPresent(this::add));
		button(buttons, Messages.ImportArticlesPage_remove, () -> paths.remove(paths.getSelectionIndices()));
	}

	private void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, event -> {
			action.run();
			validate();
		});
	}

	private void add(Path path) {
		if (paths.indexOf(path.toString()) < 0) {
			paths.add(path.toString());
		}
	}

	private void validate() {
		String problem = corpus.problem(false);
		if (problem == null && annotator.getText().isBlank()) {
			problem = Messages.WizardFields_noAnnotator;
		}
		if (problem == null && paths.getItemCount() == 0) {
			problem = Messages.ImportArticlesPage_noFiles;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			corpus.setFocus();
		}
	}

	/** The job that imports what the page shows; call only when the page is complete. */
	ImportArticlesJob job() {
		List<Path> chosen = Arrays.stream(paths.getItems()).map(Path::of).toList();
		return new ImportArticlesJob(corpus.folder().orElseThrow(), chosen, annotator.getText().strip());
	}
}
