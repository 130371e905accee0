package org.attest.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/** Asks the user for files and folders, as the wizards' Browse and Add buttons do. */
public interface PathPrompt {

	/** Existing files to read; empty when the user cancels. */
	List<Path> files(Shell shell);

	/** An existing or new folder; empty when the user cancels. */
	Optional<Path> folder(Shell shell, String message);

	/** A file to write; empty when the user cancels. */
	Optional<Path> fileToWrite(Shell shell);
}
