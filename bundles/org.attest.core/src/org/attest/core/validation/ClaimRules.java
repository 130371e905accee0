package org.attest.core.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.LayerStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

/**
 * Rule 5: a finished layer leaves no claim without a source (an attribution) or without a credibility label;
 * each such claim is an error. In an unfinished layer the same gaps are work left: a claim without a source
 * is a warning, a claim without credibility an info, because rating credibility usually comes last and is
 * not yet worth a warning. Claims outside a layer are not checked.
 */
final class ClaimRules {

	private ClaimRules() {
	}

	/** Context key of the claims with an attribution, worked out once per layer and validation run. */
	private record AttributedClaims(AnnotationLayer layer) {
	}

	/** The layer's attributed claims; kept in the validation context, so each claim is checked in constant time. */
	@SuppressWarnings("unchecked")
	private static Set<ClaimMention> attributedClaims(AnnotationLayer layer, Map<Object, Object> context) {
		if (context == null) {
			return collect(layer);
		}
		return (Set<ClaimMention>) context.computeIfAbsent(new AttributedClaims(layer), key -> collect(layer));
	}

	private static Set<ClaimMention> collect(AnnotationLayer layer) {
		Set<ClaimMention> claims = Collections.newSetFromMap(new IdentityHashMap<>());
		layer.getAttributions().forEach(attribution -> claims.add(attribution.getClaim()));
		return claims;
	}

	static void check(ClaimMention claim, Report report, Map<Object, Object> context) {
		if (!(claim.eContainer() instanceof AnnotationLayer layer)) {
			return;
		}
		boolean done = layer.getStatus() == LayerStatus.DONE;
		// the subject is named only for a finding: naming every claim would cost more than checking it
		if (!attributedClaims(layer, context).contains(claim)) {
			report.add(done ? Diagnostic.ERROR : Diagnostic.WARNING, AttestValidator.CLAIM_WITHOUT_ATTRIBUTION,
					NLS.bind(done ? Messages.ClaimRules_noSource : Messages.ClaimRules_noSourceYet,
							Subjects.of(claim)),
					claim);
		}
		if (claim.getCredibility() == null) {
			report.add(done ? Diagnostic.ERROR : Diagnostic.INFO, AttestValidator.CLAIM_WITHOUT_CREDIBILITY,
					NLS.bind(done ? Messages.ClaimRules_noCredibility : Messages.ClaimRules_noCredibilityYet,
							Subjects.of(claim)),
					claim);
		}
	}
}
