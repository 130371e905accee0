package org.attest.core.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes the corpus as JSON Lines, one document per line with its claims, sources and attributions
 * (docs/formats.md, "JSONL"): the format ML pipelines read with a loop over lines and {@code json.loads}.
 * The lines go to {@code <target>.exporting} beside the target, which replaces the target only once every
 * document is written; a cancelled or failed export deletes it.
 */
public final class JsonlExporter implements CorpusExporter {

	/** Suffix of the file written beside the target until the export is complete. */
	static final String TEMP_SUFFIX = ".exporting"; //$NON-NLS-1$

	@Override
	public String format() {
		return "jsonl"; //$NON-NLS-1$
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, options.split() == null ? 1 : 2);
		Map<String, String> splits = options.split() == null ? Map.of()
				: SplitAssigner.assign(store, options.annotator(), options.split(), progress.split(1));
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve(target.getFileName() + TEMP_SUFFIX);
		try {
			try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
				DocumentStream.forEach(store, options.annotator(), progress.split(1), item -> {
					String id = item.document().getId();
					out.write(new JsonlLine(item.document(), item.layer(), options.annotator(), splits.get(id),
							options.offsets()).write());
					out.write('\n');
				});
			}
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
