package org.attest.ui.internal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.attest.core.curation.CurationStatus;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.attest.model.edit.provider.AttestEditPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * What the Curation view shows of one annotator's (or gold's) annotation, everything that decides whether two
 * are equal: a claim's quote, claim type and credibility; a source mention's quote and source; a cue's quote;
 * an attribution's source and stance, and the quotes of its source mention and cue. Labels show their names
 * from the corpus schema.
 */
final class CurationCells {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	private final LabelSchema schema;

	CurationCells(LabelSchema schema) {
		this.schema = schema;
	}

	/** The annotation's cell; empty for none. */
	String annotation(EObject annotation) {
		List<String> parts = new ArrayList<>();
		switch (annotation) {
		case null -> {
			return ""; //$NON-NLS-1$
		}
		case ClaimMention claim -> {
			parts.add(quote(claim));
			if (claim.getClaimType() != null) {
				parts.add(AttestEditPlugin.INSTANCE.getString("_UI_ClaimType_" + claim.getClaimType().getName() + "_literal")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			addLabel(parts, DefaultLabelSchema.CREDIBILITY, claim.getCredibility());
		}
		case SourceMention mention -> {
			parts.add(quote(mention));
			parts.add(name(mention.getSource()));
		}
		case Cue cue -> parts.add(quote(cue));
		case Attribution attribution -> {
			parts.add(name(attribution.getSource()));
			addLabel(parts, DefaultLabelSchema.STANCE, attribution.getStance());
			if (attribution.getMention() != null) {
				parts.add(quote(attribution.getMention()));
			}
			if (attribution.getCue() != null) {
				parts.add(quote(attribution.getCue()));
			}
		}
		default -> parts.add(annotation.eClass().getName());
		}
		return String.join(Messages.CurationCells_separator, parts);
	}

	String status(CurationStatus status) {
		return switch (status) {
		case AGREED -> Messages.CurationCells_agreed;
		case CONFLICT -> Messages.CurationCells_conflict;
		case ACCEPTED -> Messages.CurationCells_accepted;
		case REJECTED -> Messages.CurationCells_rejected;
		case GOLD_ONLY -> Messages.CurationCells_goldOnly;
		};
	}

	/** The quote on one line, in quotation marks; the offsets for a span without a quote. */
	private static String quote(Span span) {
		String quote = span.getQuote() == null ? "" : WHITESPACE.matcher(span.getQuote()).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return quote.isEmpty()
				? NLS.bind(Messages.CurationCells_unquoted, Integer.toString(span.getBegin()), Integer.toString(span.getEnd()))
				: NLS.bind(Messages.CurationCells_quoted, quote);
	}

	private void addLabel(List<String> parts, String setId, String labelId) {
		if (labelId != null) {
			parts.add(LabelSets.find(schema, setId, labelId).map(Label::getName).orElse(labelId));
		}
	}

	private static String name(Source source) {
		if (source == null) {
			return Messages.CurationCells_noSource;
		}
		return source.getName() == null || source.getName().isBlank() ? source.getId() : source.getName();
	}
}
