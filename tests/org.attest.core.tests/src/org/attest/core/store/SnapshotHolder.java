package org.attest.core.store;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The program {@link CorpusSnapshotTest} runs in a separate JVM and kills, as an export killed midway: it takes a
 * snapshot of the corpus in the folder given as its argument, says {@code taken <snapshot folder>} on standard
 * output, and holds it until its standard input ends.
 */
public final class SnapshotHolder {

	private SnapshotHolder() {
	}

	public static void main(String[] args) throws IOException {
		CorpusSnapshot snapshot = CorpusSnapshot.take(Path.of(args[0]), new NullProgressMonitor());
		System.out.println("taken " + snapshot.folder());
		System.out.flush();
		while (System.in.read() >= 0) {
			// held until the test ends the input, or kills this process
		}
		snapshot.close();
	}
}
