/**
 * Headless Attest services: corpus store, import, anchoring, validation, export, splits, agreement and
 * team sharing. Nothing here depends on SWT, JFace or the workbench.
 */
package org.attest.core;
