package org.attest.ui.internal.preferences;

import java.util.regex.Pattern;

import org.attest.ui.internal.editor.Annotators;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Attest: who the annotator is. The name names the annotator's layer folder
 * (layers/&lt;name&gt;/), so it takes letters, digits, dots, hyphens and underscores only.
 */
public class AnnotatorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)?"); //$NON-NLS-1$

	public AnnotatorPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, Annotators.NODE));
		setDescription(NLS.bind(Messages.AnnotatorPreferencePage_description, Annotators.current()));
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor name = new StringFieldEditor(Annotators.PREFERENCE, Messages.AnnotatorPreferencePage_name,
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return NAME.matcher(getStringValue().trim()).matches();
			}
		};
		name.setErrorMessage(Messages.AnnotatorPreferencePage_badName);
		addField(name);
	}
}
