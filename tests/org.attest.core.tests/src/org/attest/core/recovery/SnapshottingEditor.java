package org.attest.core.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;

/**
 * The program {@link RecoveryKillTest} runs in a separate JVM and kills: an editor that never saves. It opens the
 * corpus in the folder given as its first argument, changes the gold layer of {@link #DOCUMENT} again and again
 * (generation <i>n</i> sets the note of claim <i>n</i> modulo the claims to "generation <i>n</i>") and after each
 * change writes a recovery snapshot of the layer into the recovery folder given as its second argument, saying:
 *
 * <pre>
 * ready                                      the corpus is open
 * writing &lt;n&gt; &lt;serialization nanoseconds&gt;    generation n is serialized and handed to the writer
 * written &lt;n&gt; &lt;nanoseconds&gt;                  the writer returned: the snapshot holds generation n
 * </pre>
 *
 * It stops when its standard input ends, so that it never outlives the test.
 */
public final class SnapshottingEditor {

	static final String DOCUMENT = "long-read";

	private SnapshottingEditor() {
	}

	public static void main(String[] args) throws IOException {
		exitWhenInputEnds();
		CorpusStore store = CorpusStore.open(Path.of(args[0]));
		RecoveryWriter writer = new RecoveryStore(Path.of(args[1])).newWriter();
		AnnotationLayer layer = store.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		PrintStream out = System.out;
		say(out, "ready");
		for (long generation = 1;; generation++) {
			ClaimMention claim = layer.getClaims().get((int) (generation % layer.getClaims().size()));
			claim.setNote("generation " + generation);
			long start = System.nanoTime();
			UnsavedFiles unsaved = UnsavedFiles.of(store, List.of(layer.eResource()), CorpusStore.GOLD);
			long serialized = System.nanoTime();
			say(out, "writing " + generation + " " + (serialized - start));
			writer.write(unsaved);
			say(out, "written " + generation + " " + (System.nanoTime() - serialized));
		}
	}

	private static void exitWhenInputEnds() {
		Thread watcher = new Thread(() -> {
			try (InputStream in = System.in) {
				while (in.read() >= 0) {
					// nothing is sent; the stream only ends
				}
			} catch (IOException e) {
				// ended all the same
			}
			Runtime.getRuntime().halt(3);
		}, "input watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	private static void say(PrintStream out, String line) {
		out.println(line);
		out.flush();
	}
}
