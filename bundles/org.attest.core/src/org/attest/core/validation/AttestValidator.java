package org.attest.core.validation;

import java.util.Map;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Attest's invariants as the EMF validator of the Attest package, so that EMF's {@code Diagnostician},
 * headless or behind a UI, finds them. Each diagnostic has the source {@link #DIAGNOSTIC_SOURCE}, one of the
 * codes below (stable: tools and tests rely on them) and in its data the object it is about first, then
 * related objects that have a place in the text (the span to jump to). Messages name spans by their quote and
 * offsets.
 * <p>
 * It replaces EMF's generic constraints for Attest objects rather than adding to them: those (a required
 * reference is set, a proxy resolves) are restated by the rules below in words an annotator understands.
 * The label rules need the corpus' schema under {@link #SCHEMA} in the context and are skipped without it.
 * An object is valid when no ERROR is found; warnings and infos are work left in an unfinished layer.
 */
public class AttestValidator extends EObjectValidator {

	/** The validator the package is registered with. */
	public static final AttestValidator INSTANCE = new AttestValidator();

	/** {@link org.eclipse.emf.common.util.Diagnostic#getSource()} of Attest's diagnostics. */
	public static final String DIAGNOSTIC_SOURCE = "org.attest.core.validation"; //$NON-NLS-1$

	/**
	 * Context key of the {@link org.attest.model.LabelSchema} that stance, credibility and reliability values
	 * must come from.
	 */
	public static final String SCHEMA = "org.attest.core.validation.schema"; //$NON-NLS-1$

	/** Rule 1, on the layer: its document is missing, cannot be loaded or has no text (ERROR). */
	public static final int LAYER_WITHOUT_DOCUMENT = 101;
	/** Rule 1: a span's end does not come after its begin (ERROR). */
	public static final int SPAN_EMPTY = 102;
	/** Rule 1: a span begins before 0 or ends after the document text (ERROR). */
	public static final int SPAN_OUTSIDE_TEXT = 103;
	/** Rule 2: a span's quote is missing or differs from the text at its offsets (ERROR). */
	public static final int SPAN_QUOTE_MISMATCH = 201;
	/** Rule 3: an attribution has no claim (ERROR). */
	public static final int ATTRIBUTION_WITHOUT_CLAIM = 301;
	/** Rule 3: an attribution has no source, or one that cannot be loaded (ERROR). */
	public static final int ATTRIBUTION_WITHOUT_SOURCE = 302;
	/** Rule 3: an attribution's claim, mention or cue is not in the attribution's layer (ERROR). */
	public static final int ATTRIBUTION_SPAN_OUTSIDE_LAYER = 303;
	/** Rule 3: an attribution's source mention mentions another source, or none (ERROR). */
	public static final int MENTION_OF_OTHER_SOURCE = 304;
	/** An attribution has no stance (ERROR in a done layer, WARNING otherwise). */
	public static final int ATTRIBUTION_WITHOUT_STANCE = 305;
	/** Rule 4: a stance is not a label of the schema's stance set (ERROR). */
	public static final int UNKNOWN_STANCE = 401;
	/** Rule 4: a claim's credibility is not a label of the schema's credibility set (ERROR). */
	public static final int UNKNOWN_CREDIBILITY = 402;
	/** Rule 4: a source's reliability is not a label of the schema's reliability set (ERROR). */
	public static final int UNKNOWN_RELIABILITY = 403;
	/** Rule 5: a claim has no attribution (ERROR in a done layer, WARNING otherwise). */
	public static final int CLAIM_WITHOUT_ATTRIBUTION = 501;
	/** Rule 5: a claim has no credibility (ERROR in a done layer, INFO otherwise). */
	public static final int CLAIM_WITHOUT_CREDIBILITY = 502;

	/**
	 * Makes {@link #INSTANCE} the validator of the Attest package in EMF's global registry, where every
	 * {@code Diagnostician} without a registry of its own looks it up. Idempotent and cheap: call it before
	 * validating (as {@link LayerValidation} does), from any thread.
	 */
	public static synchronized void register() {
		if (EValidator.Registry.INSTANCE.get(AttestPackage.eINSTANCE) != INSTANCE) {
			EValidator.Registry.INSTANCE.put(AttestPackage.eINSTANCE, INSTANCE);
		}
	}

	@Override
	protected EPackage getEPackage() {
		return AttestPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Report report = new Report(diagnostics);
		LabelRules labels = LabelRules.of(context);
		switch (eObject) {
		case AnnotationLayer layer -> LayerRules.check(layer, report);
		case ClaimMention claim -> {
			SpanRules.check(claim, report);
			ClaimRules.check(claim, report, context);
			labels.checkCredibility(claim, report);
		}
		case SourceMention mention -> {
			SpanRules.check(mention, report);
			labels.checkReliability(mention.getSource(), mention, report);
		}
		case Cue cue -> SpanRules.check(cue, report);
		case Attribution attribution -> {
			AttributionRules.check(attribution, report);
			labels.checkStance(attribution, report);
			labels.checkReliability(attribution.getSource(), attribution, report);
		}
		case Source source -> labels.checkReliability(source, null, report);
		default -> {
			// corpus, annotators, documents and the schema carry no invariant of their own
		}
		}
		return report.isValid();
	}
}
