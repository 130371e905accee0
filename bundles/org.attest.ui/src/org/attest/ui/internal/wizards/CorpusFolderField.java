package org.attest.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The corpus a wizard works on, in a row of a three-column grid: a combo listing the workspace's corpus
 * projects (those with {@value CorpusStore#CORPUS_FILE}) by name, in which an absolute folder path may be
 * typed instead, and a Browse button for a folder.
 */
final class CorpusFolderField {

	private final Combo combo;

	CorpusFolderField(Composite parent, PathPrompt prompt, IStructuredSelection selection, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.CorpusFolderField_label);
		combo = new Combo(parent, SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setItems(Arrays.stream(corpusProjects()).map(IProject::getName).toArray(String[]::new));
		selectedCorpus(selection).ifPresent(combo::setText);
		combo.addModifyListener(event -> changed.run());
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.CorpusFolderField_browse);
		browse.addListener(SWT.Selection, event -> prompt.folder(parent.getShell(), Messages.CorpusFolderField_browseMessage)
				.ifPresent(folder -> combo.setText(folder.toString())));
	}

	/** The corpus folder chosen, if the combo names a corpus project or holds an absolute path. */
	Optional<Path> folder() {
		String text = combo.getText().strip();
		for (IProject project : corpusProjects()) {
			if (project.getName().equals(text)) {
				return Optional.of(project.getLocation().toPath());
			}
		}
		if (text.isEmpty() || !Path.of(text).isAbsolute()) {
			return Optional.empty();
		}
		return Optional.of(Path.of(text));
	}

	/**
	 * What is wrong with the choice, or {@code null} when nothing is; {@code existing}: whether the folder must
	 * already hold a corpus.
	 */
	String problem(boolean existing) {
		String text = combo.getText().strip();
		if (text.isEmpty()) {
			return Messages.CorpusFolderField_missing;
		}
		Optional<Path> folder = folder();
		if (folder.isEmpty()) {
			return NLS.bind(Messages.CorpusFolderField_notAbsolute, text);
		}
		if (existing && !Files.isRegularFile(folder.get().resolve(CorpusStore.CORPUS_FILE))) {
			return NLS.bind(Messages.CorpusFolderField_noCorpus, text);
		}
		return null;
	}

	void setFocus() {
		combo.setFocus();
	}

	private static IProject[] corpusProjects() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(CorpusFolderField::isCorpus)
				.toArray(IProject[]::new);
	}

	private static boolean isCorpus(IProject project) {
		return project.isOpen() && project.getLocation() != null && project.getFile(CorpusStore.CORPUS_FILE).exists();
	}

	/** The corpus project of the first selected resource, if it is in one. */
	private static Optional<String> selectedCorpus(IStructuredSelection selection) {
		if (selection == null || selection.isEmpty()) {
			return Optional.empty();
		}
		IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
		return Optional.ofNullable(resource).map(IResource::getProject).filter(CorpusFolderField::isCorpus).map(IProject::getName);
	}
}
