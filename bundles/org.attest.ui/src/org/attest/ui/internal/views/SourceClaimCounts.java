package org.attest.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * How many claims each registry source is attributed in <em>one annotator's</em> layers, over every document
 * of the corpus; other annotators' layers are not counted, so the numbers are those of the annotator at work
 * (of the curated result for {@code gold}).
 * <p>
 * Reading every layer takes a while on a large corpus, so the stored layers are counted once, in the
 * background, through a store of their own: the session's resource set is not thread-safe. The layers the
 * session has loaded (its own, and those a merge loaded) are counted as they are in memory, with their
 * unsaved changes, each time the totals are asked for.
 */
final class SourceClaimCounts {

	private final String annotator;
	/** Document id to source id to number of claims, as stored. */
	private final Map<String, Map<String, Integer>> stored;

	private SourceClaimCounts(String annotator, Map<String, Map<String, Integer>> stored) {
		this.annotator = annotator;
		this.stored = stored;
	}

	/**
	 * Counts the annotator's stored layers of the corpus in {@code corpusFolder}, one document at a time; a
	 * layer that cannot be read is logged and left out.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	static SourceClaimCounts read(Path corpusFolder, String annotator, IProgressMonitor monitor) throws IOException {
		CorpusStore store = CorpusStore.open(corpusFolder);
		List<String> documentIds = store.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, documentIds.size());
		Map<String, Map<String, Integer>> stored = new HashMap<>();
		for (String documentId : documentIds) {
			progress.split(1);
			try {
				store.layer(documentId, annotator).ifPresent(layer -> stored.put(documentId, count(layer, Source::getId)));
			} catch (IOException e) {
				ILog.of(SourceClaimCounts.class)
						.warn(NLS.bind(Messages.SourceClaimCounts_cannotRead, annotator, documentId), e);
			}
			store.unloadDocument(documentId);
		}
		return new SourceClaimCounts(annotator, stored);
	}

	/** No stored layers: only what the session has loaded counts. */
	static SourceClaimCounts none(String annotator) {
		return new SourceClaimCounts(annotator, Map.of());
	}

	/** The number of claims attributed to each source; sources without any are left out. */
	Map<Source, Integer> totals(CorpusStore session) {
		Map<String, Map<Source, Integer>> loaded = new HashMap<>();
		for (Resource resource : session.resourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof AnnotationLayer layer
					&& annotator.equals(layer.getAnnotator())) {
				// layers/<annotator>/<document id>.attest
				loaded.put(resource.getURI().trimFileExtension().lastSegment(), count(layer, Function.identity()));
			}
		}
		Map<String, Source> sourcesById = new HashMap<>();
		for (Source source : session.corpus().getSources()) {
			sourcesById.put(source.getId(), source);
		}
		Map<Source, Integer> totals = new HashMap<>();
		stored.forEach((documentId, counts) -> {
			if (!loaded.containsKey(documentId)) {
				counts.forEach((sourceId, count) -> {
					Source source = sourcesById.get(sourceId);
					if (source != null) {
						totals.merge(source, count, Integer::sum);
					}
				});
			}
		});
		loaded.values().forEach(counts -> counts.forEach((source, count) -> totals.merge(source, count, Integer::sum)));
		return totals;
	}

	/** The number of distinct claims attributed to each source in the layer, by {@code key} of the source. */
	private static <K> Map<K, Integer> count(AnnotationLayer layer, Function<Source, K> key) {
		Map<K, Set<ClaimMention>> claims = new HashMap<>();
		for (Attribution attribution : layer.getAttributions()) {
			if (attribution.getSource() != null && attribution.getClaim() != null) {
				claims.computeIfAbsent(key.apply(attribution.getSource()), k -> new HashSet<>()).add(attribution.getClaim());
			}
		}
		Map<K, Integer> counts = new HashMap<>();
		claims.forEach((source, claimsOfSource) -> counts.put(source, claimsOfSource.size()));
		return counts;
	}
}
