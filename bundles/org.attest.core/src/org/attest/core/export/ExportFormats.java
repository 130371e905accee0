package org.attest.core.export;

import java.util.List;
import java.util.Optional;

/** The export formats Attest writes, by their command-line names. */
public final class ExportFormats {

	private static final List<CorpusExporter> ALL = List.of(new JsonlExporter(), new ConllExporter(), new BratExporter(),
			new WebAnnotationExporter(), new ClaimReviewExporter(), new StanceCsvExporter());

	private ExportFormats() {
	}

	public static List<CorpusExporter> all() {
		return ALL;
	}

	public static Optional<CorpusExporter> find(String format) {
		return ALL.stream().filter(exporter -> exporter.format().equals(format)).findFirst();
	}
}
