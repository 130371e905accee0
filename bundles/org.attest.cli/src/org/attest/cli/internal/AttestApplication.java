package org.attest.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless {@code attest} application: reads the command from the application arguments, runs it and
 * returns its exit code.
 */
public class AttestApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), System.out, System.err));
	}

	@Override
	public void stop() {
		// commands run to completion on the main thread; nothing to interrupt
	}

	/** Runs one command line; the returned value is the process exit code (see {@link ExitCode}). */
	int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println(Messages.AttestApplication_usage);
			return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
		}
		String command = args.get(0);
		List<String> rest = args.subList(1, args.size());
		return switch (command) {
		case "about" -> new AboutCommand(FrameworkUtil.getBundle(getClass()).getBundleContext()).run(rest, out, err); //$NON-NLS-1$
		default -> {
			err.println(Messages.bind(Messages.AttestApplication_unknownCommand, command));
			err.println(Messages.AttestApplication_usage);
			yield ExitCode.USAGE;
		}
		};
	}
}
