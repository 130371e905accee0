/**
 * The Attest model: corpora, documents, annotation layers, claim and source mentions, attributions and
 * label schemas, as an EMF Ecore package. Depends on EMF only.
 */
package org.attest.model;
