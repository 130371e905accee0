package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attest.core.export.CorpusExporter;
import org.attest.core.export.ExportFormats;
import org.attest.core.export.ExportOperation;
import org.attest.core.export.ExportOptions;
import org.attest.core.export.OffsetUnit;
import org.attest.core.export.SplitPlan;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code attest export --corpus DIR --format F --out PATH [...]}: one export format, streamed to PATH. */
final class ExportCommand {

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args,
				Set.of("--corpus", "--format", "--out", "--annotator", "--offsets", "--split", "--seed"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				Set.of("--stratify")); //$NON-NLS-1$
		String format = line.required("--format"); //$NON-NLS-1$
		CorpusExporter exporter = ExportFormats.find(format).orElseThrow(() -> new CommandLine.UsageException(
				Messages.bind(Messages.ExportCommand_unknownFormat, format,
						ExportFormats.all().stream().map(CorpusExporter::format).collect(Collectors.joining(", "))))); //$NON-NLS-1$
		Path target = Path.of(line.required("--out")); //$NON-NLS-1$
		Path corpus = Path.of(line.required("--corpus")); //$NON-NLS-1$
		ExportOptions options = new ExportOptions(line.option("--annotator").orElse(CorpusStore.GOLD), offsets(line), split(line)); //$NON-NLS-1$
		// of the corpus as saved now, while the workbench may go on saving it
		new ExportOperation(corpus, exporter, options, target).execute(new NullProgressMonitor());
		out.println(Messages.bind(Messages.ExportCommand_done, format, target));
		return ExitCode.OK;
	}

	private static OffsetUnit offsets(CommandLine line) throws CommandLine.UsageException {
		String unit = line.option("--offsets").orElse("codepoints"); //$NON-NLS-1$ //$NON-NLS-2$
		return switch (unit) {
		case "codepoints" -> OffsetUnit.CODE_POINTS; //$NON-NLS-1$
		case "utf16" -> OffsetUnit.UTF16; //$NON-NLS-1$
		default -> throw new CommandLine.UsageException(Messages.bind(Messages.ExportCommand_badOffsets, unit));
		};
	}

	private static SplitPlan split(CommandLine line) throws CommandLine.UsageException {
		if (line.option("--split").isEmpty()) { //$NON-NLS-1$
			return null;
		}
		String[] ratios = line.option("--split").get().split(","); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			long seed = Long.parseLong(line.option("--seed").orElse("0")); //$NON-NLS-1$ //$NON-NLS-2$
			if (ratios.length != 3) {
				throw new NumberFormatException();
			}
			return new SplitPlan(Double.parseDouble(ratios[0]), Double.parseDouble(ratios[1]), Double.parseDouble(ratios[2]),
					seed, line.flag("--stratify")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new CommandLine.UsageException(Messages.bind(Messages.ExportCommand_badSplit, line.option("--split").get())); //$NON-NLS-1$
		}
	}
}
