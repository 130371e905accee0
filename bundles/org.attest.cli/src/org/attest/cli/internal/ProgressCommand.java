package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.core.assignment.WorkProgress;
import org.attest.core.assignment.WorkProgress.Entry;
import org.attest.core.store.CorpusStore;
import org.attest.model.LayerStatus;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.GsonBuilder;

/**
 * {@code attest progress --corpus DIR [--annotator NAME] [--json]}: per annotator, the assigned documents by
 * layer status; with {@code --annotator}, each of that annotator's documents.
 */
final class ProgressCommand {

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus", "--annotator"), Set.of("--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CorpusStore store = CorpusStore.open(Path.of(line.required("--corpus"))); //$NON-NLS-1$
		String annotator = line.option("--annotator").orElse(null); //$NON-NLS-1$
		WorkProgress progress = WorkProgress.of(store, annotator, new NullProgressMonitor());
		if (line.flag("--json")) { //$NON-NLS-1$
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(progress)));
			return ExitCode.OK;
		}
		for (String name : progress.annotators()) {
			List<Entry> own = progress.entries().stream().filter(e -> e.annotator().equals(name)).toList();
			out.println(Messages.bind(Messages.ProgressCommand_annotator, new Object[] { name,
					own.stream().filter(Entry::assigned).count(), progress.assigned(name, LayerStatus.TODO),
					progress.assigned(name, LayerStatus.IN_PROGRESS), progress.assigned(name, LayerStatus.DONE),
					own.stream().filter(e -> !e.assigned()).count() }));
			if (annotator != null) {
				own.forEach(e -> out.println(Messages.bind(Messages.ProgressCommand_document, new Object[] { e.document(),
						e.status().getLiteral(), e.claims(), e.assigned() ? Messages.ProgressCommand_assigned : "" }))); //$NON-NLS-1$
			}
		}
		return ExitCode.OK;
	}

	private static Map<String, Object> json(WorkProgress progress) {
		Map<String, Object> annotators = new LinkedHashMap<>();
		for (String name : progress.annotators()) {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("assigned", progress.entries().stream().filter(e -> e.assigned() && e.annotator().equals(name)).count()); //$NON-NLS-1$
			for (LayerStatus status : LayerStatus.VALUES) {
				counts.put(status.getLiteral(), progress.assigned(name, status));
			}
			annotators.put(name, counts);
		}
		List<Map<String, Object>> entries = progress.entries().stream().map(e -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("document", e.document()); //$NON-NLS-1$
			entry.put("annotator", e.annotator()); //$NON-NLS-1$
			entry.put("assigned", e.assigned()); //$NON-NLS-1$
			entry.put("status", e.status().getLiteral()); //$NON-NLS-1$
			entry.put("claims", e.claims()); //$NON-NLS-1$
			return entry;
		}).toList();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("annotators", annotators); //$NON-NLS-1$
		json.put("entries", entries); //$NON-NLS-1$
		return json;
	}
}
