/**
 * Unsaved work kept aside so that it survives a crash of the process holding it: a {@link RecoveryWriter} writes
 * snapshots of a corpus's changed-but-unsaved files into a folder outside the corpus (the workbench gives its
 * workspace's state location), and a {@link RecoveryStore} lists what the folder holds, restores a snapshot into
 * a {@link org.attest.core.store.CorpusStore} as unsaved changes, and discards it. Nothing here ever writes a
 * corpus's own files.
 */
package org.attest.core.recovery;
