package org.attest.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.core.curation.Rejections;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * Builds the command that merges registry sources into one kept source, for when annotators registered the
 * same person or outlet twice. The registry is shared by every document and annotator, so the merge loads
 * every layer of the corpus into the session's store (each document, each annotator with a layer file) and
 * repoints the source of every source mention and attribution in them, and the keys of those a curator
 * rejected (so they stay rejected); that way no layer is left pointing at a removed source, undo restores them all, and saving the corpus file (from any editor of the corpus or the
 * Sources view) writes every layer that changed with it. The merged
 * sources' names and aliases become aliases of the kept source, and the merged sources leave the registry.
 */
final class SourceMerge {

	private SourceMerge() {
	}

	/**
	 * @param merged the sources to merge into {@code kept}; {@code kept} itself is ignored among them
	 * @throws IOException when a layer of the corpus cannot be read: merging without it would leave it broken
	 */
	static Command command(AnnotationSession session, Source kept, Collection<Source> merged) throws IOException {
		Set<Source> mergedSources = new LinkedHashSet<>(merged);
		mergedSources.remove(kept);
		EditingDomain domain = session.editingDomain();
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.SourceMerge_label, kept.getName()));
		// document id → annotator → their annotations that will name the kept source
		Map<String, Map<String, List<EObject>>> repointed = new LinkedHashMap<>();
		for (AnnotationLayer layer : allLayers(session)) {
			List<EObject> annotations = new ArrayList<>();
			for (SourceMention mention : layer.getSourceMentions()) {
				if (mergedSources.contains(mention.getSource())) {
					annotations.add(mention);
				}
			}
			for (Attribution attribution : layer.getAttributions()) {
				if (mergedSources.contains(attribution.getSource())) {
					annotations.add(attribution);
				}
			}
			if (!annotations.isEmpty()) {
				repointed.computeIfAbsent(layer.getDocument().getId(), id -> new LinkedHashMap<>())
						.put(layer.getAnnotator(), annotations);
			}
		}
		for (Map.Entry<String, Map<String, List<EObject>>> document : repointed.entrySet()) {
			// before the annotations change: the keys of the rejected ones are worked out from them
			Command rejections = Rejections.in(session.store(), document.getKey()).repoint(domain, document.getValue(), kept);
			if (rejections != null) {
				command.append(rejections);
			}
		}
		repointed.values().stream().flatMap(annotators -> annotators.values().stream()).flatMap(List::stream)
				.forEach(annotation -> command.append(SetCommand.create(domain, annotation,
						annotation instanceof SourceMention ? AttestPackage.Literals.SOURCE_MENTION__SOURCE
								: AttestPackage.Literals.ATTRIBUTION__SOURCE,
						kept)));
		List<String> aliases = newAliases(kept, mergedSources);
		if (!aliases.isEmpty()) {
			command.append(AddCommand.create(domain, kept, AttestPackage.Literals.SOURCE__ALIASES, aliases));
		}
		command.append(RemoveCommand.create(domain, session.store().corpus(), AttestPackage.Literals.CORPUS__SOURCES,
				mergedSources));
		return command;
	}

	/** The session's layer and every layer stored for any document and annotator, loaded into the session's store. */
	private static Set<AnnotationLayer> allLayers(AnnotationSession session) throws IOException {
		CorpusStore store = session.store();
		Set<AnnotationLayer> layers = new LinkedHashSet<>();
		layers.add(session.layer());
		for (String documentId : store.documentIds()) {
			for (String annotator : store.annotatorsOf(documentId)) {
				store.layer(documentId, annotator).ifPresent(layers::add);
			}
		}
		return layers;
	}

	/** The merged sources' names and aliases that the kept source does not have yet, each once. */
	private static List<String> newAliases(Source kept, Collection<Source> merged) {
		Set<String> known = new LinkedHashSet<>(kept.getAliases());
		known.add(kept.getName());
		List<String> aliases = new ArrayList<>();
		for (Source source : merged) {
			List<String> names = new ArrayList<>();
			names.add(source.getName());
			names.addAll(source.getAliases());
			for (String name : names) {
				if (name != null && !name.isBlank() && known.add(name)) {
					aliases.add(name);
				}
			}
		}
		return aliases;
	}
}
