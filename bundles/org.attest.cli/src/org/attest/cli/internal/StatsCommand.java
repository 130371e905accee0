package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;

import com.google.gson.GsonBuilder;

/** {@code attest stats --corpus DIR [--json]}: counts per annotator and label distributions. */
final class StatsCommand {

	/** One annotator's totals over the corpus. */
	private static final class Totals {
		int layers;
		int claims;
		int sourceMentions;
		int attributions;
		final Map<String, Integer> stance = new TreeMap<>();
		final Map<String, Integer> credibility = new TreeMap<>();
	}

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus"), Set.of("--json")); //$NON-NLS-1$ //$NON-NLS-2$
		CorpusStore store = CorpusStore.open(Path.of(line.required("--corpus"))); //$NON-NLS-1$
		Map<String, Totals> byAnnotator = new TreeMap<>();
		List<String> ids = store.documentIds();
		for (String id : ids) {
			for (String annotator : store.annotatorsOf(id)) {
				AnnotationLayer layer = store.layer(id, annotator).orElseThrow();
				Totals totals = byAnnotator.computeIfAbsent(annotator, a -> new Totals());
				totals.layers++;
				totals.claims += layer.getClaims().size();
				totals.sourceMentions += layer.getSourceMentions().size();
				totals.attributions += layer.getAttributions().size();
				for (ClaimMention claim : layer.getClaims()) {
					totals.credibility.merge(String.valueOf(claim.getCredibility()), 1, Integer::sum);
				}
				for (Attribution attribution : layer.getAttributions()) {
					totals.stance.merge(String.valueOf(attribution.getStance()), 1, Integer::sum);
				}
			}
			store.unloadDocument(id);
		}
		if (line.flag("--json")) { //$NON-NLS-1$
			Map<String, Object> json = new TreeMap<>();
			json.put("documents", ids.size()); //$NON-NLS-1$
			json.put("sources", store.corpus().getSources().size()); //$NON-NLS-1$
			json.put("annotators", byAnnotator); //$NON-NLS-1$
			out.println(new GsonBuilder().setPrettyPrinting().create().toJson(json));
		} else {
			out.println(Messages.bind(Messages.StatsCommand_corpus, ids.size(), store.corpus().getSources().size()));
			byAnnotator.forEach((annotator, t) -> out.println(Messages.bind(Messages.StatsCommand_annotator, new Object[] {
					annotator, t.layers, t.claims, t.sourceMentions, t.attributions, t.stance, t.credibility })));
		}
		return ExitCode.OK;
	}
}
