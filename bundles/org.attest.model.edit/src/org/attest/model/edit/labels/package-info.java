/**
 * Readable item labels: the texts EMF.Edit shows for Attest objects in trees, tables and dialogs (not the
 * annotation labels of a {@code LabelSet}). {@link org.attest.model.edit.labels.AttestEditAdapterFactory}
 * hands out subclasses of the generated item providers whose {@code getText} shows what an annotator
 * recognises: a claim's quote, a source's name, an attribution's source, claim and stance.
 * <p>
 * A package of its own, beside the generated {@code org.attest.model.edit.provider}: everything in that
 * package is exactly what the generator writes (its sources live in {@code src-gen/}, which is never edited),
 * so nothing hand-written can be mistaken for generated code or collide with a class a model change adds.
 * The generated classes are open to it without package access: public constructors, protected factory fields.
 */
package org.attest.model.edit.labels;
