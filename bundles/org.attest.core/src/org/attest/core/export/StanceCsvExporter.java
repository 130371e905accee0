package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attest.core.store.CorpusStore;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Exports claim–source stance pairs as one RFC 4180 CSV file, the shape of FNC-1 and similar stance corpora:
 * one row per attribution of the chosen layer, in corpus then layer order, with the claim's text, the source's
 * name, the stance id and the claim's credibility id, then ids to join back to the corpus. Stances stay our
 * ids; {@link org.attest.core.schema.StanceMappings} maps them to FNC-1, Emergent or SemEval-2016 labels.
 * Records end in CRLF, as RFC 4180 prescribes and Python's {@code csv} module writes. With a split plan the
 * target is a folder of {@code train.csv}, {@code dev.csv} and {@code test.csv}, each with the header
 * ({@link SplitTextExport}).
 */
public final class StanceCsvExporter implements CorpusExporter {

	/** The format's name. */
	public static final String FORMAT = "csv"; //$NON-NLS-1$

	/** The columns, in order. */
	static final String[] HEADER = { "claim", "source", "stance", "credibility", "document_id", "claim_id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"source_id" }; //$NON-NLS-1$

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		SplitTextExport.write(store, options, target, FORMAT, (out, split) -> {
			CSVPrinter printer = new CSVPrinter(out, format); // prints the header
			return item -> {
				if (item.layer().isPresent()) {
					for (Attribution attribution : item.layer().get().getAttributions()) {
						printer.printRecord(row(item.document(), attribution));
					}
				}
			};
		}, monitor);
	}

	private static Object[] row(Document document, Attribution attribution) {
		ClaimMention claim = attribution.getClaim();
		Source source = attribution.getSource();
		String text = Objects.toString(document.getText(), ""); //$NON-NLS-1$
		return new Object[] { claim == null ? null : text.substring(claim.getBegin(), claim.getEnd()),
				source == null ? null : source.getName(), attribution.getStance(),
				claim == null ? null : claim.getCredibility(), document.getId(), claim == null ? null : claim.getId(),
				source == null ? null : source.getId() };
	}
}
