package org.attest.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Reads {@link LayerValidation}'s result so that each test states the finding it expects in full (severity,
 * code, message, data) and that nothing else was found. Failures list every finding.
 */
final class Findings {

	private Findings() {
	}

	/** The result's one and only finding. */
	static Diagnostic only(Diagnostic result) {
		assertEquals(1, result.getChildren().size(), () -> "expected one finding, got: " + describe(result));
		return result.getChildren().get(0);
	}

	/** The result's one finding with this code; findings with other codes are the test's business. */
	static Diagnostic withCode(Diagnostic result, int code) {
		List<Diagnostic> found = result.getChildren().stream().filter(child -> child.getCode() == code).toList();
		assertEquals(1, found.size(), () -> "expected one finding " + code + ", got: " + describe(result));
		return found.get(0);
	}

	/** The codes of the result's findings, in the order the layer's contents were visited. */
	static List<Integer> codes(Diagnostic result) {
		return result.getChildren().stream().map(Diagnostic::getCode).toList();
	}

	static void assertFinding(Diagnostic finding, int severity, int code, String message, Object... data) {
		assertEquals(AttestValidator.DIAGNOSTIC_SOURCE, finding.getSource());
		assertEquals(severity, finding.getSeverity(), finding::getMessage);
		assertEquals(code, finding.getCode(), finding::getMessage);
		assertEquals(message, finding.getMessage());
		assertEquals(Arrays.asList(data), finding.getData(), finding::getMessage);
	}

	static void assertClean(Diagnostic result) {
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
		assertEquals(List.of(), result.getChildren(), () -> describe(result));
	}

	static String describe(Diagnostic result) {
		return result.getChildren().stream()
				.map(child -> "\n  " + child.getSeverity() + " " + child.getCode() + " " + child.getMessage())
				.collect(Collectors.joining());
	}
}
