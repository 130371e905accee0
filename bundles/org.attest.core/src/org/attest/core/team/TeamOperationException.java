package org.attest.core.team;

import java.io.IOException;

/** A team operation could not be carried out; the message says what, naming the folder or remote. */
public final class TeamOperationException extends IOException {

	private static final long serialVersionUID = 1L;

	public TeamOperationException(String message) {
		super(message);
	}

	public TeamOperationException(String message, Throwable cause) {
		super(message, cause);
	}
}
