package org.attest.core.validation;

import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Rule 1's precondition: a layer's spans can only be checked when its document is there and has a text. When
 * it is not, the layer says so once, instead of every span reporting offsets it cannot be blamed for.
 */
final class LayerRules {

	private LayerRules() {
	}

	static void check(AnnotationLayer layer, Report report) {
		Document document = layer.getDocument();
		String subject = Subjects.of(layer);
		if (document == null) {
			report.error(AttestValidator.LAYER_WITHOUT_DOCUMENT, NLS.bind(Messages.LayerRules_noDocument, subject),
					layer);
		} else if (document.eIsProxy()) {
			report.error(AttestValidator.LAYER_WITHOUT_DOCUMENT, NLS.bind(Messages.LayerRules_unresolvedDocument,
					subject, EcoreUtil.getURI(document)), layer);
		} else if (document.getText() == null) {
			report.error(AttestValidator.LAYER_WITHOUT_DOCUMENT,
					NLS.bind(Messages.LayerRules_documentWithoutText, subject, document.getId()), layer, document);
		}
	}

	/** The text the layer's spans index, or {@code null} when {@link #check} reports it missing. */
	static String textOf(AnnotationLayer layer) {
		Document document = layer.getDocument();
		return document == null || document.eIsProxy() ? null : document.getText();
	}
}
