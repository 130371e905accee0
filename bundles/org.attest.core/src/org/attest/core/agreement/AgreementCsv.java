package org.attest.core.agreement;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attest.core.agreement.AgreementReport.Figures;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;

/**
 * An {@link AgreementReport}'s figures as CSV (RFC 4180), one figure a row, for spreadsheets and pandas:
 * {@code scope} ({@value #CORPUS} or {@value #DOCUMENT}), {@code document} (empty for the corpus),
 * {@code annotators} (a pair as {@code a+b}, or {@value #OVERALL}), {@code measure}, {@code value} (empty when
 * undefined) and {@code n} (what the value rests on: spans of both, labelled pairs or pairable values).
 */
public final class AgreementCsv {

	public static final String CORPUS = "corpus"; //$NON-NLS-1$
	public static final String DOCUMENT = "document"; //$NON-NLS-1$
	public static final String OVERALL = "overall"; //$NON-NLS-1$
	private static final String[] HEADER = { "scope", "document", "annotators", "measure", "value", "n" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private AgreementCsv() {
	}

	public static void write(AgreementReport report, Appendable out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
		rows(printer, CORPUS, "", report.corpus()); //$NON-NLS-1$
		for (var document : report.perDocument()) {
			rows(printer, DOCUMENT, document.document(), document.figures());
		}
		printer.flush();
	}

	private static void rows(CSVPrinter printer, String scope, String document, Figures figures) throws IOException {
		for (PairFigures pair : figures.pairs()) {
			String annotators = pair.first() + '+' + pair.second();
			spans(printer, scope, document, annotators, "claims", pair.claims()); //$NON-NLS-1$
			spans(printer, scope, document, annotators, "source-mentions", pair.sourceMentions()); //$NON-NLS-1$
			label(printer, scope, document, annotators, "stance", pair.stance()); //$NON-NLS-1$
			label(printer, scope, document, annotators, "credibility", pair.credibility()); //$NON-NLS-1$
		}
		var overall = figures.overall();
		spans(printer, scope, document, OVERALL, "claims", overall.claims()); //$NON-NLS-1$
		spans(printer, scope, document, OVERALL, "source-mentions", overall.sourceMentions()); //$NON-NLS-1$
		label(printer, scope, document, OVERALL, "stance", overall.stance()); //$NON-NLS-1$
		label(printer, scope, document, OVERALL, "credibility", overall.credibility()); //$NON-NLS-1$
	}

	private static void spans(CSVPrinter printer, String scope, String document, String annotators, String kind,
			SpanFigures figures) throws IOException {
		printer.printRecord(List.of(scope, document, annotators, kind + "-exact-f1", value(figures.exactF1()), //$NON-NLS-1$
				Integer.toString(figures.spans())));
		printer.printRecord(List.of(scope, document, annotators, kind + "-overlap-f1", value(figures.overlapF1()), //$NON-NLS-1$
				Integer.toString(figures.spans())));
	}

	private static void label(CSVPrinter printer, String scope, String document, String annotators, String kind,
			LabelFigures figures) throws IOException {
		printer.printRecord(List.of(scope, document, annotators, kind + '-' + figures.measure(), value(figures.value()),
				Integer.toString(figures.n())));
	}

	private static String value(Double value) {
		return value == null ? "" : Double.toString(value); //$NON-NLS-1$
	}
}
