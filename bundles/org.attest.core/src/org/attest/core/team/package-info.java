/**
 * The Git-shared corpus: clone a corpus, share a corpus folder as a Git repository, and synchronize an
 * annotator's work with the team's remote. Each annotator writes only {@code layers/<annotator>/}, so their
 * commits never touch the same files and merges do not conflict; a conflict in a shared file (the corpus file's
 * registry or schema) is reported and never resolved by overwriting anyone's version.
 */
package org.attest.core.team;
