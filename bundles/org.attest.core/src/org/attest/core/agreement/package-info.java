/**
 * Comparing annotators: which annotations of several annotators' layers of one document are "the same"
 * ({@link org.attest.core.agreement.LayerAlignment}), and how far the annotators agree.
 */
package org.attest.core.agreement;
