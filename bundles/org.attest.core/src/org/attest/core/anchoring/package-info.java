/**
 * Re-anchoring: finding each annotation span again after its document's text changed, and reporting
 * which spans stayed, moved or could not be found, so that no annotation is silently lost or misplaced.
 */
package org.attest.core.anchoring;
