/**
 * EMF.Edit item providers for the Attest model: labels, icons, property descriptors and commands, usable
 * with or without a user interface.
 */
package org.attest.model.edit;
