/**
 * Who annotates what: the documents a lead assigns to each annotator, and how far each annotator's layers
 * have come (todo / in progress / done).
 */
package org.attest.core.assignment;
