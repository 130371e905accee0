package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The program {@link HostileImportTest} runs in a JVM with a small heap: it imports the files named after the
 * corpus folder into that corpus, in that order, and prints for each file its result:
 *
 * <pre>
 * imported &lt;file name&gt; &lt;number of documents&gt; &lt;first id&gt; &lt;last id&gt;
 * problem &lt;file name&gt; &lt;line&gt; &lt;message&gt;
 * </pre>
 */
public final class SmallHeapImport {

	private SmallHeapImport() {
	}

	public static void main(String[] args) throws IOException {
		CorpusStore store = CorpusStore.open(Path.of(args[0]));
		List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
		List<ImportResult> results = new CorpusImport().run(store, files, CorpusStore.GOLD, new NullProgressMonitor());
		for (ImportResult result : results) {
			List<String> ids = result.documentIds();
			System.out.println("imported " + result.file().getFileName() + " " + ids.size()
					+ (ids.isEmpty() ? "" : " " + ids.get(0) + " " + ids.get(ids.size() - 1)));
			for (ImportProblem problem : result.problems()) {
				System.out.println("problem " + problem.file().getFileName() + " " + problem.line() + " " + problem.message());
			}
		}
	}
}
