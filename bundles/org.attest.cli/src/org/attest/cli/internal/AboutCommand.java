package org.attest.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * {@code attest about}: prints the installed Attest bundles with their versions and OSGi states, so a user
 * (or the installation test) can see that Attest resolved in this installation. Exits with
 * {@link ExitCode#INVALID} when an Attest bundle is installed but did not resolve.
 */
final class AboutCommand {

	private static final String ATTEST_BUNDLE_PREFIX = "org.attest."; //$NON-NLS-1$

	private final BundleContext context;

	AboutCommand(BundleContext context) {
		this.context = context;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			if (args.equals(List.of("--help"))) { //$NON-NLS-1$
				out.println(Messages.AboutCommand_help);
				return ExitCode.OK;
			}
			err.println(Messages.bind(Messages.AboutCommand_unexpectedArgument, args.get(0)));
			err.println(Messages.AboutCommand_help);
			return ExitCode.USAGE;
		}
		List<Bundle> attestBundles = Arrays.stream(context.getBundles())
				.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(ATTEST_BUNDLE_PREFIX))
				.sorted(Comparator.comparing(Bundle::getSymbolicName))
				.toList();
		out.println(Messages.bind(Messages.AboutCommand_title, context.getBundle().getVersion()));
		boolean allResolved = true;
		for (Bundle bundle : attestBundles) {
			boolean resolved = (bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0;
			allResolved &= resolved;
			out.println(Messages.bind(Messages.AboutCommand_bundleLine,
					new Object[] { bundle.getSymbolicName(), bundle.getVersion(), stateName(bundle.getState()) }));
		}
		if (!allResolved) {
			err.println(Messages.AboutCommand_unresolved);
			return ExitCode.INVALID;
		}
		return ExitCode.OK;
	}

	private static String stateName(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
		case Bundle.STARTING -> "STARTING"; //$NON-NLS-1$
		case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
		case Bundle.STOPPING -> "STOPPING"; //$NON-NLS-1$
		case Bundle.INSTALLED -> "INSTALLED (unresolved)"; //$NON-NLS-1$
		default -> "UNINSTALLED"; //$NON-NLS-1$
		};
	}
}
