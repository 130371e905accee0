package org.attest.cli.internal;

/** Exit codes of the {@code attest} command, documented in the README. */
final class ExitCode {
	/** The command did what was asked. */
	static final int OK = 0;
	/** The data is invalid (validation errors, unreadable files, bundles that failed to resolve). */
	static final int INVALID = 1;
	/** The command line is wrong: unknown command or option, missing argument. */
	static final int USAGE = 2;

	private ExitCode() {
	}
}
