package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
		if (rest.contains("--help") && HELP.containsKey(command)) { //$NON-NLS-1$
			out.println(HELP.get(command));
			return ExitCode.OK;
		}
		try {
			return switch (command) {
			case "about" -> new AboutCommand(FrameworkUtil.getBundle(getClass()).getBundleContext()).run(rest, out, err); //$NON-NLS-1$
			case "import" -> new ImportCommand().run(rest, out, err); //$NON-NLS-1$
			case "export" -> new ExportCommand().run(rest, out); //$NON-NLS-1$
			case "validate" -> new ValidateCommand().run(rest, out); //$NON-NLS-1$
			case "stats" -> new StatsCommand().run(rest, out); //$NON-NLS-1$
			case "assign" -> new AssignCommand().run(rest, out, err); //$NON-NLS-1$
			case "progress" -> new ProgressCommand().run(rest, out); //$NON-NLS-1$
			case "agreement" -> new AgreementCommand().run(rest, out); //$NON-NLS-1$
			case "sync" -> new SyncCommand().run(rest, out, err); //$NON-NLS-1$
			case "clone" -> new CloneCommand().run(rest, out); //$NON-NLS-1$
			default -> {
				err.println(Messages.bind(Messages.AttestApplication_unknownCommand, command));
				err.println(Messages.AttestApplication_usage);
				yield ExitCode.USAGE;
			}
			};
		} catch (CommandLine.UsageException e) {
			err.println("attest " + command + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			err.println(HELP.get(command));
			return ExitCode.USAGE;
		} catch (IOException e) {
			// the store's and importers' messages name the file (and line)
			err.println("attest " + command + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.INVALID;
		}
	}

	private static final Map<String, String> HELP = Map.ofEntries(Map.entry("import", Messages.ImportCommand_help), //$NON-NLS-1$
			Map.entry("export", Messages.ExportCommand_help), Map.entry("validate", Messages.ValidateCommand_help), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("stats", Messages.StatsCommand_help), Map.entry("about", Messages.AboutCommand_help), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("assign", Messages.AssignCommand_help), Map.entry("progress", Messages.ProgressCommand_help), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("agreement", Messages.AgreementCommand_help), Map.entry("sync", Messages.SyncCommand_help), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("clone", Messages.CloneCommand_help)); //$NON-NLS-1$
}
