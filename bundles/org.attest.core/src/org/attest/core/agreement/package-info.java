/**
 * Comparing annotators: which annotations of several annotators' layers of one document are "the same"
 * ({@link org.attest.core.agreement.LayerAlignment}), and how far the annotators agree
 * ({@link org.attest.core.agreement.AgreementOperation}, with the measures {@link org.attest.core.agreement.SpanF1},
 * {@link org.attest.core.agreement.CohensKappa} and {@link org.attest.core.agreement.KrippendorffsAlpha};
 * docs/agreement.md).
 */
package org.attest.core.agreement;
