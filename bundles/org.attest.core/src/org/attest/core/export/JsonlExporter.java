package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
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
		AtomicTextFile.write(target, out -> DocumentStream.forEach(store, options.annotator(), progress.split(1), item -> {
			String id = item.document().getId();
			new JsonlLine(item.document(), item.layer(), options.annotator(), splits.get(id), options.offsets()).writeTo(out);
			out.write('\n');
		}));
	}
}
