package org.attest.ui.internal.curation;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** Asks how many annotators must agree on an item for Accept All Agreed to take it; all of them at first. */
final class AgreementDialog extends Dialog {

	private final int annotators;
	private int agreement;
	private Spinner spinner;

	AgreementDialog(Shell parent, int annotators) {
		super(parent);
		this.annotators = annotators;
		agreement = annotators;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AgreementDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.AgreementDialog_message, annotators));
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT).applyTo(message);
		spinner = new Spinner(area, SWT.BORDER);
		spinner.setValues(annotators, 1, annotators, 0, 1, 1);
		return area;
	}

	@Override
	protected void okPressed() {
		agreement = spinner.getSelection();
		super.okPressed();
	}

	/** How many annotators must agree, as chosen. */
	int agreement() {
		return agreement;
	}
}
