package org.attest.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for paths with the platform's file and folder dialogs. */
public final class NativePathPrompt implements PathPrompt {

	@Override
	public List<Path> files(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.jsonl", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() == null) {
			return List.of();
		}
		Path folder = Path.of(dialog.getFilterPath());
		return Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList();
	}

	@Override
	public Optional<Path> folder(Shell shell, String message) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setMessage(message);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	@Override
	public Optional<Path> fileToWrite(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}
}
