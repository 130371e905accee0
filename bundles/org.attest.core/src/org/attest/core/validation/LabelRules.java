package org.attest.core.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.LabelSchema;
import org.attest.model.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * Rule 4: stances, credibility and reliability values are label ids of the schema's {@code stance},
 * {@code credibility} and {@code reliability} sets. Only possible with a schema in the validation context
 * ({@link AttestValidator#SCHEMA}); without one these checks are skipped, not failed. A source shared by
 * many attributions and mentions is reported once per validation run.
 */
final class LabelRules {

	private static final String STANCE = "stance"; //$NON-NLS-1$
	private static final String CREDIBILITY = "credibility"; //$NON-NLS-1$
	private static final String RELIABILITY = "reliability"; //$NON-NLS-1$

	/** Context key of the sources whose unknown reliability this validation run has already reported. */
	private static final String REPORTED_SOURCES = LabelRules.class.getName() + ".reportedSources"; //$NON-NLS-1$

	private final LabelSchema schema;
	private final Map<Object, Object> context;

	private LabelRules(LabelSchema schema, Map<Object, Object> context) {
		this.schema = schema;
		this.context = context;
	}

	/** The label rules of the validation run this context belongs to. */
	static LabelRules of(Map<Object, Object> context) {
		LabelSchema schema = context != null && context.get(AttestValidator.SCHEMA) instanceof LabelSchema found
				? found
				: null;
		return new LabelRules(schema, context);
	}

	void checkStance(Attribution attribution, Report report) {
		String stance = attribution.getStance();
		if (isUnknown(STANCE, stance)) {
			report.error(AttestValidator.UNKNOWN_STANCE,
					NLS.bind(Messages.LabelRules_unknownStance, Subjects.of(attribution), stance), attribution);
		}
	}

	void checkCredibility(ClaimMention claim, Report report) {
		String credibility = claim.getCredibility();
		if (isUnknown(CREDIBILITY, credibility)) {
			report.error(AttestValidator.UNKNOWN_CREDIBILITY,
					NLS.bind(Messages.LabelRules_unknownCredibility, Subjects.of(claim), credibility), claim);
		}
	}

	/**
	 * @param citing the attribution or source mention through which the layer uses the source, so the
	 *               finding has a place in the text; {@code null} when the source is validated on its own
	 */
	void checkReliability(Source source, EObject citing, Report report) {
		if (source == null || !isUnknown(RELIABILITY, source.getReliability()) || !isFirstReportOf(source)) {
			return;
		}
		Object[] data = citing == null ? new Object[] { source } : new Object[] { source, citing };
		report.error(AttestValidator.UNKNOWN_RELIABILITY, NLS.bind(Messages.LabelRules_unknownReliability,
				Subjects.of(source), source.getReliability()), data);
	}

	/** A set value that the schema at hand does not define; unset values and a missing schema pass. */
	private boolean isUnknown(String labelSetId, String labelId) {
		return schema != null && labelId != null && schema.getLabelSets().stream()
				.filter(labelSet -> labelSetId.equals(labelSet.getId()))
				.flatMap(labelSet -> labelSet.getLabels().stream())
				.noneMatch(label -> labelId.equals(label.getId()));
	}

	/** Whether this run has not reported the source yet; the context is EMF's mutable validation context. */
	@SuppressWarnings("unchecked")
	private boolean isFirstReportOf(Source source) {
		Set<Source> reported = (Set<Source>) context.computeIfAbsent(REPORTED_SOURCES,
				key -> new HashSet<Source>());
		return reported.add(source);
	}
}
