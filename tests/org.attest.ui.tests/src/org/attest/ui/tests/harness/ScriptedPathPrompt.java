package org.attest.ui.tests.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attest.ui.internal.wizards.PathPrompt;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a wizard's file and folder prompts with paths the test chose beforehand, in place of the platform's
 * native dialogs, which tests cannot drive.
 */
public final class ScriptedPathPrompt implements PathPrompt {

	private final List<Path> files = new ArrayList<>();
	private Path folder;
	private Path fileToWrite;

	/** The files the next Add Files… answers with. */
	public ScriptedPathPrompt files(List<Path> chosen) {
		files.clear();
		files.addAll(chosen);
		return this;
	}

	/** The folder the next folder prompt answers with. */
	public ScriptedPathPrompt folder(Path chosen) {
		folder = chosen;
		return this;
	}

	/** The file the next save prompt answers with. */
	public ScriptedPathPrompt fileToWrite(Path chosen) {
		fileToWrite = chosen;
		return this;
	}

	@Override
	public List<Path> files(Shell shell) {
		return List.copyOf(files);
	}

	@Override
	public Optional<Path> folder(Shell shell, String message) {
		return Optional.ofNullable(folder);
	}

	@Override
	public Optional<Path> fileToWrite(Shell shell) {
		return Optional.ofNullable(fileToWrite);
	}
}
