/**
 * Curating a gold layer from several annotators' layers of one document: what there is to decide
 * ({@link org.attest.core.curation.Curation}, one {@link org.attest.core.curation.CurationItem} per cluster of
 * the annotators' {@link org.attest.core.agreement.LayerAlignment alignment}), and the undoable commands that
 * accept annotations into gold or reject them ({@link org.attest.core.curation.CurationCommands}), with the
 * rejections kept beside the gold layer ({@link org.attest.core.curation.Rejections}).
 */
package org.attest.core.curation;
