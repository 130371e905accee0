package org.attest.core.validation;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Rule 3: an attribution links a claim to a source within one layer. Its claim and source are set (a source
 * that cannot be loaded from the corpus counts as missing), its claim, mention and cue are spans of its own
 * layer, and its mention mentions its source. It also has a stance
 * (missing one is an error in a finished layer and work left in an unfinished one); whether that stance is a
 * label of the schema is {@link LabelRules}' business.
 */
final class AttributionRules {

	private AttributionRules() {
	}

	/** Subjects are named only for findings: naming every attribution would cost more than checking it. */
	static void check(Attribution attribution, Report report) {
		if (attribution.getClaim() == null) {
			report.error(AttestValidator.ATTRIBUTION_WITHOUT_CLAIM,
					NLS.bind(Messages.AttributionRules_noClaim, Subjects.of(attribution)), attribution);
		}
		Source source = attribution.getSource();
		if (source == null) {
			report.error(AttestValidator.ATTRIBUTION_WITHOUT_SOURCE,
					NLS.bind(Messages.AttributionRules_noSource, Subjects.of(attribution)), attribution);
		} else if (source.eIsProxy()) {
			report.error(AttestValidator.ATTRIBUTION_WITHOUT_SOURCE, NLS.bind(Messages.AttributionRules_unresolvedSource,
					Subjects.of(attribution), EcoreUtil.getURI(source)), attribution);
		}
		checkInOwnLayer(attribution, attribution.getClaim(), report);
		checkInOwnLayer(attribution, attribution.getMention(), report);
		checkInOwnLayer(attribution, attribution.getCue(), report);
		checkMentionedSource(attribution, report);
		checkStancePresent(attribution, report);
	}

	private static void checkInOwnLayer(Attribution attribution, Span span, Report report) {
		if (span != null && span.eContainer() != attribution.eContainer()) {
			report.error(AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER,
					NLS.bind(Messages.AttributionRules_spanOutsideLayer, Subjects.of(span)), attribution, span);
		}
	}

	private static void checkMentionedSource(Attribution attribution, Report report) {
		SourceMention mention = attribution.getMention();
		Source source = attribution.getSource();
		if (mention == null || source == null || source.eIsProxy() || mention.getSource() == source) {
			return;
		}
		String named = Subjects.nameOf(source);
		String message = mention.getSource() == null
				? NLS.bind(Messages.AttributionRules_mentionWithoutSource, Subjects.of(mention), named)
				: NLS.bind(Messages.AttributionRules_mentionOfOtherSource,
						new Object[] { Subjects.of(mention), Subjects.nameOf(mention.getSource()), named });
		report.error(AttestValidator.MENTION_OF_OTHER_SOURCE, message, attribution, mention);
	}

	private static void checkStancePresent(Attribution attribution, Report report) {
		if (attribution.getStance() != null) {
			return;
		}
		boolean done = attribution.eContainer() instanceof AnnotationLayer layer
				&& layer.getStatus() == LayerStatus.DONE;
		report.add(done ? Diagnostic.ERROR : Diagnostic.WARNING, AttestValidator.ATTRIBUTION_WITHOUT_STANCE,
				NLS.bind(done ? Messages.AttributionRules_noStance : Messages.AttributionRules_noStanceYet,
						Subjects.of(attribution)),
				attribution);
	}
}
