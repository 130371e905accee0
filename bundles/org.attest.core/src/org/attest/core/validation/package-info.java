/**
 * Checks annotation layers against Attest's invariants (span offsets and quotes, attributions, labels,
 * completeness of finished layers) as an EMF {@link org.eclipse.emf.ecore.EValidator}, so the editor, the
 * problems view and the command line report the same findings with the same codes.
 * {@link org.attest.core.validation.LayerValidation} is the entry point;
 * {@link org.attest.core.validation.AttestValidator} lists the rules and their codes.
 */
package org.attest.core.validation;
