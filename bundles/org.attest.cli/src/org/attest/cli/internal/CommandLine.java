package org.attest.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One command's arguments: {@code --name value} options, {@code --flag} switches and the remaining
 * positional arguments. Anything else is a {@link UsageException}.
 */
final class CommandLine {

	/** The command line is wrong; the message says how. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> options = new HashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> positionals = new ArrayList<>();

	static CommandLine parse(List<String> args, Set<String> valued, Set<String> switches) throws UsageException {
		CommandLine line = new CommandLine();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valued.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(Messages.bind(Messages.CommandLine_missingValue, arg));
				}
				line.options.put(arg, args.get(++i));
			} else if (switches.contains(arg)) {
				line.flags.add(arg);
			} else if (arg.startsWith("--")) { //$NON-NLS-1$
				throw new UsageException(Messages.bind(Messages.CommandLine_unknownOption, arg));
			} else {
				line.positionals.add(arg);
			}
		}
		return line;
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	String required(String name) throws UsageException {
		return option(name).orElseThrow(() -> new UsageException(Messages.bind(Messages.CommandLine_missingOption, name)));
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	List<String> positionals() {
		return positionals;
	}
}
