package org.attest.ui.internal.editor;

import java.io.IOException;

import org.attest.core.store.FileChangedOnDiskException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Saving over a file that someone else wrote since the corpus was read (another program, an import, a
 * synchronization): as Eclipse's text editors do, the user is asked whether to overwrite that change.
 */
public final class ChangedOnDisk {

	/** A save that may be told to write over files changed on disk. */
	@FunctionalInterface
	public interface Save {
		void run(boolean overwrite) throws IOException;
	}

	private ChangedOnDisk() {
	}

	/**
	 * Runs the save; when it is refused because a file changed on disk, asks whether to overwrite that change,
	 * and saves over it if the user agrees.
	 *
	 * @return whether the save ran to the end; {@code false} when the user chose to keep the file on disk, in
	 *         which case nothing was written
	 */
	public static boolean save(Shell shell, Save save) throws IOException {
		try {
			save.run(false);
			return true;
		} catch (FileChangedOnDiskException e) {
			if (!MessageDialog.openQuestion(shell, Messages.ChangedOnDisk_title,
					NLS.bind(Messages.ChangedOnDisk_question, e.file()))) {
				return false;
			}
			save.run(true);
			return true;
		}
	}
}
