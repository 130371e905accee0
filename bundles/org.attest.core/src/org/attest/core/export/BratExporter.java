package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * brat standoff for viewing and correcting the corpus in brat or reading it with brat-aware tools: a folder
 * with {@code <id>.txt} (the document text, unchanged) and {@code <id>.ann} ({@link BratAnnotations}) per
 * document, and {@code annotation.conf} ({@link BratConfiguration}). Offsets are always code points, which
 * is what brat counts, whatever the options say; the split plan does not apply.
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
		Set<String> relationTypes = new HashSet<>();
		Set<String> credibilities = new HashSet<>();
		try (StagedFolder folder = new StagedFolder(target)) {
			DocumentStream.forEach(store, options.annotator(), monitor, item -> {
				String id = item.document().getId();
				String text = item.document().getText();
				folder.write(id + ".txt", text); //$NON-NLS-1$
				folder.write(id + ".ann", item.layer() //$NON-NLS-1$
						.map(layer -> BratAnnotations.of(text, layer, relationTypes, credibilities)).orElse("")); //$NON-NLS-1$
			});
			folder.write(CONFIGURATION, BratConfiguration.of(store.corpus().getSchema(), relationTypes, credibilities));
			folder.commit();
		}
	}
}
