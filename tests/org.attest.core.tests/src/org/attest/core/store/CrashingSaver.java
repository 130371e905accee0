package org.attest.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.Source;

/**
 * The program {@link CrashSafetyTest} runs in a separate JVM and kills. It opens the corpus in the folder given
 * as its argument and saves it again and again, changing the gold layer of {@link #DOCUMENT} and the corpus
 * file each time, and says on standard output what it does:
 *
 * <pre>
 * ready                          the corpus is open, saves begin
 * writing &lt;file&gt; &lt;sha-256&gt;      the store hands these bytes to the atomic writer for the file
 * written &lt;file&gt; &lt;nanoseconds&gt;   the writer returned: the file holds them
 * </pre>
 *
 * File names are relative to the corpus folder, with '/'. The generation counter lives in the note of the
 * registry's first source, so every run writes contents no earlier run wrote. It stops when its standard input
 * ends, so that it never outlives the test.
 */
public final class CrashingSaver {

	/** The document whose gold layer is saved. */
	static final String DOCUMENT = "long-read";

	private CrashingSaver() {
	}

	public static void main(String[] args) throws IOException {
		exitWhenInputEnds();
		Path folder = Path.of(args[0]).toAbsolutePath();
		PrintStream out = System.out;
		CorpusStore store = CorpusStore.open(folder, new AnnouncingWriter(folder, out));
		AnnotationLayer layer = store.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		Source counter = store.corpus().getSources().get(0);
		long generation = Long.parseLong(counter.getNote());
		say(out, "ready");
		while (true) {
			generation++;
			counter.setNote(Long.toString(generation));
			ClaimMention claim = layer.getClaims().get((int) (generation % layer.getClaims().size()));
			claim.setNote("generation " + generation);
			store.save();
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

	/** Announces each file before and after the atomic write, with the hash of the bytes it is given. */
	private static final class AnnouncingWriter extends AtomicFileWriter {

		private final Path folder;
		private final PrintStream out;

		AnnouncingWriter(Path folder, PrintStream out) {
			this.folder = folder;
			this.out = out;
		}

		@Override
		public void write(Path target, byte[] content) throws IOException {
			String file = folder.relativize(target.toAbsolutePath()).toString().replace('\\', '/');
			say(out, "writing " + file + " " + sha256(content));
			long start = System.nanoTime();
			super.write(target, content);
			say(out, "written " + file + " " + (System.nanoTime() - start));
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
