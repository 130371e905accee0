package org.attest.core.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * The findings about one object in one validation call: gives every diagnostic Attest's source and remembers
 * whether an error was among them, which is what {@link AttestValidator} answers. The chain may be
 * {@code null} when a caller only asks whether the object is valid.
 */
final class Report {

	private final DiagnosticChain chain;
	private boolean valid = true;

	Report(DiagnosticChain chain) {
		this.chain = chain;
	}

	/**
	 * @param data the object the finding is about first, then related objects that have a place in the text
	 */
	void add(int severity, int code, String message, Object... data) {
		if (severity == Diagnostic.ERROR) {
			valid = false;
		}
		if (chain != null) {
			chain.add(new BasicDiagnostic(severity, AttestValidator.DIAGNOSTIC_SOURCE, code, message, data));
		}
	}

	void error(int code, String message, Object... data) {
		add(Diagnostic.ERROR, code, message, data);
	}

	/** No error so far; warnings and infos are work left, not invalidity. */
	boolean isValid() {
		return valid;
	}
}
