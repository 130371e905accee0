package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.export.SentenceTokenizer.Token;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * CoNLL-2003-style token tagging for sequence labelling: one file, each document opened by
 * {@code -DOCSTART- O} and a blank line, then one {@code token tag} line per token and a blank line after
 * each sentence, tags in IOB2 over {@code CLAIM} and {@code SOURCE}. Tokens and sentences come from
 * {@link SentenceTokenizer}, tags from {@link BioTagger}; documents in corpus order. With a split plan the
 * target is a folder of {@code train.conll}, {@code dev.conll} and {@code test.conll} ({@link SplitTextExport}).
 * The options' offset unit does not apply: the format has no offsets.
 */
public final class ConllExporter implements CorpusExporter {

	/** The line that opens each document. */
	static final String DOCSTART = "-DOCSTART- O"; //$NON-NLS-1$
	/** The extension of each split's file. */
	static final String EXTENSION = "conll"; //$NON-NLS-1$

	@Override
	public String format() {
		return "conll"; //$NON-NLS-1$
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		SplitTextExport.write(store, options, target, EXTENSION, (out, split) -> item -> {
			out.write(DOCSTART);
			out.write("\n\n"); //$NON-NLS-1$
			BioTagger tagger = new BioTagger(item.layer());
			for (List<Token> sentence : SentenceTokenizer.sentences(item.document().getText())) {
				List<String> tags = tagger.tags(sentence);
				for (int i = 0; i < sentence.size(); i++) {
					out.write(sentence.get(i).text());
					out.write(' ');
					out.write(tags.get(i));
					out.write('\n');
				}
				out.write('\n');
			}
		}, monitor);
	}
}
