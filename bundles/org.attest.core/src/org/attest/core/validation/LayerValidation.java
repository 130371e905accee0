package org.attest.core.validation;

import java.util.HashMap;
import java.util.Map;

import org.attest.model.AnnotationLayer;
import org.attest.model.LabelSchema;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates one annotation layer, everything it contains included, in one call: the editor, the problems view
 * and the command line need neither EMF's registry nor the context key that carries the schema.
 */
public final class LayerValidation {

	private LayerValidation() {
	}

	/**
	 * @param schema the corpus' label schema; {@code null} skips the checks that labels exist
	 * @return a tree whose root has the worst severity found ({@link Diagnostic#OK} for a layer without
	 *         findings) and whose children are {@link AttestValidator}'s findings
	 */
	public static Diagnostic validate(AnnotationLayer layer, LabelSchema schema) {
		AttestValidator.register();
		Map<Object, Object> context = new HashMap<>();
		if (schema != null) {
			context.put(AttestValidator.SCHEMA, schema);
		}
		return Diagnostician.INSTANCE.validate(layer, context);
	}
}
