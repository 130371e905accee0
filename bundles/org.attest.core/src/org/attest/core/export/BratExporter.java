package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * brat standoff for viewing and correcting the corpus in brat or reading it with brat-aware tools: a folder
 * with {@code <id>.txt} (the document text, unchanged) and {@code <id>.ann} ({@link BratAnnotations}) per
 * document, and {@code annotation.conf} ({@link BratConfiguration}). With a split plan the folder holds
 * {@code train/}, {@code dev/} and {@code test/}, each a brat collection of its split's documents with the
 * same {@code annotation.conf}. Offsets are always code points, which is what brat counts, whatever the
 * options say.
 */
public final class BratExporter implements CorpusExporter {

	static final String CONFIGURATION = "annotation.conf"; //$NON-NLS-1$

	@Override
	public String format() {
		return "brat"; //$NON-NLS-1$
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, options.split() == null ? 1 : 2);
		Map<String, String> splits = options.split() == null ? Map.of()
				: SplitAssigner.assign(store, options.annotator(), options.split(), progress.split(1));
		Set<String> relationTypes = new HashSet<>();
		Set<String> credibilities = new HashSet<>();
		try (StagedFolder folder = new StagedFolder(target)) {
			DocumentStream.forEach(store, options.annotator(), progress.split(1), item -> {
				String id = item.document().getId();
				String text = item.document().getText();
				String prefix = options.split() == null ? "" : splits.get(id) + '/'; //$NON-NLS-1$
				folder.write(prefix + id + ".txt", text); //$NON-NLS-1$
				folder.write(prefix + id + ".ann", item.layer() //$NON-NLS-1$
						.map(layer -> BratAnnotations.of(text, layer, relationTypes, credibilities)).orElse("")); //$NON-NLS-1$
			});
			String configuration = BratConfiguration.of(store.corpus().getSchema(), relationTypes, credibilities);
			if (options.split() == null) {
				folder.write(CONFIGURATION, configuration);
			} else {
				for (String split : SplitAssigner.SPLITS) {
					folder.write(split + '/' + CONFIGURATION, configuration);
				}
			}
			folder.commit();
		}
	}
}
