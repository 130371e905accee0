package org.attest.ui.internal.wizards;

import java.nio.file.Path;

import org.attest.core.export.CorpusExporter;
import org.attest.core.export.ExportFormats;
import org.attest.core.export.ExportOptions;
import org.attest.core.export.OffsetUnit;
import org.attest.core.export.SplitPlan;
import org.attest.core.store.CorpusStore;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The export wizard's page: corpus, format, destination, annotator, offset unit and an optional
 * train/dev/test split.
 */
final class ExportCorpusPage extends WizardPage {

	private final PathPrompt prompt;
	private final IStructuredSelection selection;
	private CorpusFolderField corpus;
	private Combo format;
	private Text destination;
	private Text annotator;
	private Button codePoints;
	private Button split;
	private Text train;
	private Text dev;
	private Text test;
	private Text seed;
	private Button stratify;

	ExportCorpusPage(PathPrompt prompt, IStructuredSelection selection) {
		super("exportCorpus"); //$NON-NLS-1$
		this.prompt = prompt;
		this.selection = selection;
		setTitle(Messages.ExportCorpusPage_title);
		setDescription(Messages.ExportCorpusPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		corpus = new CorpusFolderField(page, prompt, selection, this::validate);
		new Label(page, SWT.NONE).setText(Messages.ExportCorpusPage_format);
		format = new Combo(page, SWT.READ_ONLY);
		format.setItems(ExportFormats.all().stream().map(CorpusExporter::format).toArray(String[]::new));
		format.select(0);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(Messages.ExportCorpusPage_destination);
		destination = new Text(page, SWT.BORDER);
		destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		destination.addModifyListener(event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ExportCorpusPage_browse);
		browse.addListener(SWT.Selection, event -> prompt.fileToWrite(getShell()).ifPresent(path -> destination.setText(path.toString())));
		new Label(page, SWT.NONE).setText(Messages.WizardFields_annotator);
		annotator = new Text(page, SWT.BORDER);
		annotator.setText(CorpusStore.GOLD);
		annotator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		annotator.addModifyListener(event -> validate());
		createOffsets(page);
		createSplit(page);
		setControl(page);
		validate();
		// a new page shows its description; what is missing shows once the user edits
		setErrorMessage(null);
	}

	private void createOffsets(Composite page) {
		Group offsets = new Group(page, SWT.NONE);
		offsets.setText(Messages.ExportCorpusPage_offsets);
		offsets.setLayout(new GridLayout(1, false));
		offsets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		codePoints = new Button(offsets, SWT.RADIO);
		codePoints.setText(Messages.ExportCorpusPage_codePoints);
		codePoints.setSelection(true);
		new Button(offsets, SWT.RADIO).setText(Messages.ExportCorpusPage_utf16);
	}

	private void createSplit(Composite page) {
		split = new Button(page, SWT.CHECK);
		split.setText(Messages.ExportCorpusPage_split);
		split.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		Composite fields = new Composite(page, SWT.NONE);
		fields.setLayout(new GridLayout(8, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		train = splitField(fields, Messages.ExportCorpusPage_train, "80"); //$NON-NLS-1$
		dev = splitField(fields, Messages.ExportCorpusPage_dev, "10"); //$NON-NLS-1$
		test = splitField(fields, Messages.ExportCorpusPage_test, "10"); //$NON-NLS-1$
		seed = splitField(fields, Messages.ExportCorpusPage_seed, "0"); //$NON-NLS-1$
		stratify = new Button(page, SWT.CHECK);
		stratify.setText(Messages.ExportCorpusPage_stratify);
		stratify.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		split.addListener(SWT.Selection, event -> {
			enableSplitFields();
			validate();
		});
		enableSplitFields();
	}

	private Text splitField(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text field = new Text(parent, SWT.BORDER);
		field.setText(value);
		field.setLayoutData(new GridData(60, SWT.DEFAULT));
		field.addModifyListener(event -> validate());
		return field;
	}

	private void enableSplitFields() {
		for (Text field : new Text[] { train, dev, test, seed }) {
			field.setEnabled(split.getSelection());
		}
		stratify.setEnabled(split.getSelection());
	}

	private void validate() {
		String problem = corpus.problem(true);
		if (problem == null && !Path.of(destination.getText().strip()).isAbsolute()) {
			problem = Messages.ExportCorpusPage_noDestination;
		}
		if (problem == null && annotator.getText().isBlank()) {
			problem = Messages.WizardFields_noAnnotator;
		}
		if (problem == null && split.getSelection()) {
			problem = splitProblem();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String splitProblem() {
		try {
			Long.parseLong(seed.getText().strip());
		} catch (NumberFormatException e) {
			return Messages.ExportCorpusPage_badSeed;
		}
		try {
			splitPlan();
			return null;
		} catch (IllegalArgumentException e) {
			return Messages.ExportCorpusPage_badRatios;
		}
	}

	/** The split the fields describe; fails when a ratio or the seed is not a number, or the ratios are invalid. */
	private SplitPlan splitPlan() {
		return new SplitPlan(ratio(train), ratio(dev), ratio(test), Long.parseLong(seed.getText().strip()), stratify.getSelection());
	}

	private static double ratio(Text field) {
		double ratio = Double.parseDouble(field.getText().strip());
		if (!Double.isFinite(ratio)) {
			throw new NumberFormatException(field.getText());
		}
		return ratio;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			corpus.setFocus();
		}
	}

	/** The job that exports as the page says; call only when the page is complete. */
	ExportCorpusJob job() {
		ExportOptions options = new ExportOptions(annotator.getText().strip(),
				codePoints.getSelection() ? OffsetUnit.CODE_POINTS : OffsetUnit.UTF16, split.getSelection() ? splitPlan() : null);
		CorpusExporter exporter = ExportFormats.find(format.getText()).orElseThrow();
		return new ExportCorpusJob(corpus.folder().orElseThrow(), exporter, options, Path.of(destination.getText().strip()));
	}
}
