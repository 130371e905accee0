package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attest.core.agreement.AgreementCsv;
import org.attest.core.agreement.AgreementJson;
import org.attest.core.agreement.AgreementOperation;
import org.attest.core.agreement.AgreementOptions;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.agreement.AgreementReport.DocumentFigures;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.OverallFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;
import org.attest.core.agreement.AgreementReport.UnmatchedItem;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code attest agreement --corpus DIR [--json] [--csv FILE] [--annotators a,b,…] [--exclude-gold]}: agreement
 * between annotators, per pair and overall, as a table (or JSON), with the items no other annotator matched.
 */
final class AgreementCommand {

	/** pair/overall, documents, claims exact and overlap F1, sources exact and overlap F1, stance (n), credibility (n) */
	private static final String ROW = "%-22s %5s  %9s %9s  %9s %9s  %9s %5s  %9s %5s"; //$NON-NLS-1$

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus", "--csv", "--annotators"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Set.of("--json", "--exclude-gold")); //$NON-NLS-1$ //$NON-NLS-2$
		CorpusStore store = CorpusStore.open(Path.of(line.required("--corpus"))); //$NON-NLS-1$
		List<String> annotators = line.option("--annotators") //$NON-NLS-1$
				.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList()) //$NON-NLS-1$
				.orElse(List.of());
		for (String annotator : annotators) {
			if (!Files.isDirectory(store.folder().resolve(CorpusStore.LAYERS_FOLDER).resolve(annotator))) {
				throw new CommandLine.UsageException(Messages.bind(Messages.AgreementCommand_unknownAnnotator, annotator,
						store.folder().resolve(CorpusStore.LAYERS_FOLDER)));
			}
		}
		AgreementReport report = new AgreementOperation(store,
				new AgreementOptions(annotators, line.flag("--exclude-gold"))).execute(new NullProgressMonitor()); //$NON-NLS-1$
		if (line.option("--csv").isPresent()) { //$NON-NLS-1$
			Path csv = Path.of(line.option("--csv").get()); //$NON-NLS-1$
			try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				AgreementCsv.write(report, writer);
			}
		}
		if (line.flag("--json")) { //$NON-NLS-1$
			out.println(AgreementJson.toJson(report));
		} else {
			print(report, out);
		}
		return ExitCode.OK;
	}

	private static void print(AgreementReport report, PrintStream out) {
		out.println(Messages.bind(Messages.AgreementCommand_title,
				new Object[] { String.join(", ", report.annotators()), report.documentsCompared(), report.documents() })); //$NON-NLS-1$
		if (report.annotators().size() < 2) {
			out.println(Messages.AgreementCommand_fewerThanTwo);
			return;
		}
		out.println();
		out.println(row(Messages.AgreementCommand_pairColumn, Messages.AgreementCommand_documentsColumn,
				Messages.AgreementCommand_claimsExact, Messages.AgreementCommand_claimsOverlap,
				Messages.AgreementCommand_sourcesExact, Messages.AgreementCommand_sourcesOverlap,
				Messages.AgreementCommand_stanceColumn, "n", Messages.AgreementCommand_credibilityColumn, "n")); //$NON-NLS-1$ //$NON-NLS-2$
		for (PairFigures pair : report.corpus().pairs()) {
			out.println(figures(pair.first() + " \u2013 " + pair.second(), pair.documents(), pair.claims(), //$NON-NLS-1$
					pair.sourceMentions(), pair.stance(), pair.credibility()));
		}
		OverallFigures overall = report.corpus().overall();
		out.println(figures(Messages.AgreementCommand_overall, overall.documents(), overall.claims(),
				overall.sourceMentions(), overall.stance(), overall.credibility()));
		out.println(Messages.AgreementCommand_legend);

		if (!report.perDocument().isEmpty()) {
			out.println();
			out.println(Messages.AgreementCommand_perDocument);
			for (DocumentFigures document : report.perDocument()) {
				OverallFigures figures = document.figures().overall();
				out.println(figures(document.document(), figures.documents(), figures.claims(), figures.sourceMentions(),
						figures.stance(), figures.credibility()));
			}
		}
		out.println();
		out.println(Messages.bind(Messages.AgreementCommand_unmatched, report.unmatched().size()));
		for (UnmatchedItem item : report.unmatched()) {
			out.println(Messages.bind(Messages.AgreementCommand_unmatchedItem, new Object[] { item.document(),
					item.annotator(), item.kind(), item.begin(), item.end(), item.quote(),
					item.source() == null ? "" : " \u2192 " + item.source() })); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String figures(String name, int documents, SpanFigures claims, SpanFigures sources, LabelFigures stance,
			LabelFigures credibility) {
		return row(name, Integer.toString(documents), number(claims.exactF1()), number(claims.overlapF1()),
				number(sources.exactF1()), number(sources.overlapF1()), symbol(stance) + number(stance.value()),
				Integer.toString(stance.n()), number(credibility.value()), Integer.toString(credibility.n()));
	}

	private static String row(Object... cells) {
		return String.format(Locale.ROOT, ROW, cells).stripTrailing();
	}

	/** κ or α before a stance figure, since the pairs' and the overall row's measures differ. */
	private static String symbol(LabelFigures figures) {
		return LabelFigures.COHENS_KAPPA.equals(figures.measure()) ? "\u03ba " : "\u03b1 "; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String number(Double value) {
		return value == null ? Messages.AgreementCommand_undefined : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}
}
