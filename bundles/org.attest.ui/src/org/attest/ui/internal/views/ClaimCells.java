package org.attest.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.LabelSchema;
import org.attest.model.Source;
import org.eclipse.osgi.util.NLS;

/**
 * What the Claims view shows for a claim of one layer: its quote, the sources and stances of its attributions
 * (both in the layer's order, so the n-th stance is the n-th source's), its credibility, and what the claim
 * still lacks. Labels show their names from the corpus schema.
 */
final class ClaimCells {

	private static final String SEPARATOR = ", "; //$NON-NLS-1$
	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	private final AnnotationLayer layer;
	private final LabelSchema schema;

	ClaimCells(AnnotationLayer layer, LabelSchema schema) {
		this.layer = layer;
		this.schema = schema;
	}

	/** The quote on one line; the offsets for a claim without a quote. */
	String quote(ClaimMention claim) {
		String quote = claim.getQuote() == null ? "" : WHITESPACE.matcher(claim.getQuote()).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return quote.isEmpty() ? NLS.bind(Messages.ClaimCells_unquoted, Integer.toString(claim.getBegin()),
				Integer.toString(claim.getEnd())) : quote;
	}

	/** The names of the sources the claim is attributed to. */
	List<String> sourceNames(ClaimMention claim) {
		return attributions(claim).stream().map(Attribution::getSource).map(ClaimCells::name).toList();
	}

	String sources(ClaimMention claim) {
		return String.join(SEPARATOR, sourceNames(claim));
	}

	String stances(ClaimMention claim) {
		return String.join(SEPARATOR, attributions(claim).stream()
				.map(attribution -> attribution.getStance() == null ? Messages.ClaimCells_noStance
						: SchemaLabels.name(schema, DefaultLabelSchema.STANCE, attribution.getStance()))
				.toList());
	}

	String credibility(ClaimMention claim) {
		return SchemaLabels.name(schema, DefaultLabelSchema.CREDIBILITY, claim.getCredibility());
	}

	/** The claim's credibility label's place on the scale, for sorting best first. */
	int credibilityPosition(ClaimMention claim) {
		return SchemaLabels.position(schema, DefaultLabelSchema.CREDIBILITY, claim.getCredibility());
	}

	/** What the annotator still has to do: give the claim a source, a stance for each source, a credibility. */
	String problems(ClaimMention claim) {
		List<Attribution> attributions = attributions(claim);
		List<String> problems = new ArrayList<>();
		if (attributions.isEmpty()) {
			problems.add(Messages.ClaimCells_noSourceProblem);
		}
		if (attributions.stream().anyMatch(attribution -> attribution.getStance() == null)) {
			problems.add(Messages.ClaimCells_noStanceProblem);
		}
		if (claim.getCredibility() == null) {
			problems.add(Messages.ClaimCells_noCredibilityProblem);
		}
		return String.join(SEPARATOR, problems);
	}

	private List<Attribution> attributions(ClaimMention claim) {
		return layer.getAttributions().stream().filter(attribution -> attribution.getClaim() == claim).toList();
	}

	private static String name(Source source) {
		if (source == null) {
			return Messages.ClaimCells_noSource;
		}
		return source.getName() == null || source.getName().isBlank() ? source.getId() : source.getName();
	}
}
