package org.attest.core.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.attest.core.store.AttestResourceOptions;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.StrictCompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The annotations a curator rejected for a document's gold layer: a decision that gold takes none of them, so
 * that their item stops being a conflict, in this session and the next.
 * <p>
 * Rejections are kept out of the model's file format. They live beside the gold layer, in
 * {@code layers/gold/<document id>.rejections}: an XMI file with one Ecore {@link EAnnotation} whose details
 * map each rejected annotation's {@link #key(String, EObject) key} to its quote, sorted by key so that the
 * file diffs and merges like the layers do. The file is a resource of the corpus store's resource set, so
 * rejecting runs as an undoable command of the editing domain and saving the store writes it; it is written
 * only once something was rejected.
 * <p>
 * A key names the annotator and what the annotation says (kind, offsets, labels, source), not its id: an
 * annotator who changes a rejected annotation makes it a new one, and its item a conflict again.
 */
public final class Rejections {

	/** The extension of a rejections file, {@code layers/gold/<document id>.rejections}. */
	public static final String FILE_EXTENSION = "rejections"; //$NON-NLS-1$
	/** The {@link EAnnotation#getSource() source} that marks the annotation holding the rejections. */
	static final String ANNOTATION_SOURCE = "urn:attest:curation:rejections"; //$NON-NLS-1$
	private static final String NONE = "-"; //$NON-NLS-1$

	private final EAnnotation record;

	private Rejections(EAnnotation record) {
		this.record = record;
	}

	/** Rejections kept in memory only, e.g. for a curation that is never saved. */
	public static Rejections inMemory() {
		return new Rejections(newRecord());
	}

	/**
	 * The rejections of a document of the corpus: read from its rejections file the first time they are asked
	 * for, empty when there is no file yet; either way held in the store's resource set from then on.
	 *
	 * @throws CorpusStoreException when the document is not in the corpus, or its rejections file cannot be
	 *             read (the message names the file, and the line where the parser knows it)
	 */
	public static Rejections in(CorpusStore store, String documentId) throws IOException {
		store.document(documentId); // refuses an id that is no document's, or no safe file name
		Path file = file(store.folder(), documentId);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		ResourceSet resourceSet = store.resourceSet();
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			// the store's resource set makes every file it reads as it reads its own
			resource = resourceSet.createResource(uri);
			if (Files.isRegularFile(file)) {
				try {
					resource.load(resourceSet.getLoadOptions());
				} catch (IOException | RuntimeException e) {
					resourceSet.getResources().remove(resource);
					throw new CorpusStoreException(
							NLS.bind(Messages.Rejections_cannotRead, file, AttestResourceOptions.describe(e)), e);
				}
				if (!(resource.getContents().size() == 1 && resource.getContents().get(0) instanceof EAnnotation annotation
						&& ANNOTATION_SOURCE.equals(annotation.getSource()))) {
					resourceSet.getResources().remove(resource);
					throw new CorpusStoreException(NLS.bind(Messages.Rejections_notRejections, file));
				}
			} else {
				resource.getContents().add(newRecord());
			}
			// from here on a change marks the resource modified, so that saving the store writes it
			resource.setTrackingModification(true);
		}
		return new Rejections((EAnnotation) resource.getContents().get(0));
	}

	/** The rejections file of a document: {@code layers/gold/<document id>.rejections} in the corpus folder. */
	public static Path file(Path corpusFolder, String documentId) {
		return corpusFolder.resolve(CorpusStore.LAYERS_FOLDER).resolve(CorpusStore.GOLD)
				.resolve(documentId + '.' + FILE_EXTENSION);
	}

	/** Whether the annotator's annotation is rejected. */
	public boolean contains(String annotator, EObject annotation) {
		return record.getDetails().containsKey(key(annotator, annotation));
	}

	/** Whether there are annotations (annotator → annotation) and every one of them is rejected. */
	public boolean containsAll(Map<String, ? extends EObject> annotations) {
		return !annotations.isEmpty() && !record.getDetails().isEmpty()
				&& annotations.entrySet().stream().allMatch(entry -> contains(entry.getKey(), entry.getValue()));
	}

	/** The keys of the rejected annotations, in the order kept (sorted, unless the file was edited by hand). */
	public List<String> keys() {
		// in list order: the map's key set iterates in hash order
		return record.getDetails().stream().map(Map.Entry::getKey).toList();
	}

	/**
	 * What identifies an annotator's annotation among rejections: the annotator, the kind, the offsets and the
	 * labels, e.g. {@code ana claim 17-63 factual mostly-true}, {@code ana source-mention 80-92 ilse-varga},
	 * {@code ana cue 93-97}, {@code ana attribution 17-63 ilse-varga deny mention 80-92 cue 93-97} (the claim's
	 * offsets first); {@code -} stands for what is unset.
	 */
	public static String key(String annotator, EObject annotation) {
		return key(annotator, annotation, switch (annotation) {
		case SourceMention mention -> mention.getSource();
		case Attribution attribution -> attribution.getSource();
		default -> null;
		});
	}

	/** The key of the annotation as if it named {@code source} (ignored for claims and cues). */
	private static String key(String annotator, EObject annotation, Source source) {
		String what = switch (annotation) {
		case ClaimMention claim -> String.join(" ", "claim", offsets(claim), //$NON-NLS-1$ //$NON-NLS-2$
				claim.getClaimType() == null ? NONE : claim.getClaimType().getLiteral(), orNone(claim.getCredibility()));
		case SourceMention mention -> String.join(" ", "source-mention", offsets(mention), //$NON-NLS-1$ //$NON-NLS-2$
				orNone(Curation.sourceKey(source)));
		case Cue cue -> String.join(" ", "cue", offsets(cue)); //$NON-NLS-1$ //$NON-NLS-2$
		case Attribution attribution -> String.join(" ", "attribution", offsets(attribution.getClaim()), //$NON-NLS-1$ //$NON-NLS-2$
				orNone(Curation.sourceKey(source)), orNone(attribution.getStance()), "mention", //$NON-NLS-1$
				offsets(attribution.getMention()), "cue", offsets(attribution.getCue())); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(annotation.eClass().getName());
		};
		return annotator + ' ' + what;
	}

	/**
	 * The command that keeps rejected annotations rejected when a merge of registry sources makes them name
	 * {@code kept}: their keys name {@code kept} too, in sorted place, each key once. {@code null} when none of
	 * the annotations is rejected.
	 *
	 * @param annotations annotator → the source mentions and attributions of theirs that will name {@code kept}
	 */
	public Command repoint(EditingDomain domain, Map<String, ? extends Collection<? extends EObject>> annotations,
			Source kept) {
		Map<String, String> renamed = new HashMap<>();
		annotations.forEach((annotator, list) -> list.forEach(annotation -> {
			String key = key(annotator, annotation);
			String repointed = key(annotator, annotation, kept);
			if (!key.equals(repointed)) {
				renamed.put(key, repointed);
			}
		}));
		if (record.getDetails().stream().noneMatch(entry -> renamed.containsKey(entry.getKey()))) {
			return null;
		}
		Map<String, String> quotes = new TreeMap<>();
		record.getDetails().forEach(entry -> quotes.putIfAbsent(renamed.getOrDefault(entry.getKey(), entry.getKey()),
				entry.getValue()));
		List<EObject> entries = new ArrayList<>();
		quotes.forEach((key, quote) -> entries.add(entry(key, quote)));
		return SetCommand.create(domain, record, EcorePackage.Literals.EANNOTATION__DETAILS, entries);
	}

	/**
	 * The command that rejects the annotators' annotations (annotator → annotation); those already rejected
	 * are left as they are. Each key goes where it sorts; each insertion counts on the ones before it having
	 * run, which a strict compound command takes into account when it checks that it can execute.
	 */
	Command reject(EditingDomain domain, Map<String, ? extends EObject> annotations, String label) {
		CompoundCommand command = new StrictCompoundCommand(label);
		List<String> keys = new ArrayList<>(keys());
		annotations.forEach((annotator, annotation) -> {
			String key = key(annotator, annotation);
			int found = Collections.binarySearch(keys, key);
			if (found < 0 && !keys.contains(key)) {
				int index = -found - 1;
				keys.add(index, key);
				command.append(new AddCommand(domain, record, EcorePackage.Literals.EANNOTATION__DETAILS,
						entry(key, quoteOf(annotation)), index));
			}
		});
		return command;
	}

	private static EObject entry(String key, String quote) {
		EObject entry = EcoreUtil.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
		entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY, key);
		entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, quote);
		return entry;
	}

	private static EAnnotation newRecord() {
		EAnnotation record = EcoreFactory.eINSTANCE.createEAnnotation();
		record.setSource(ANNOTATION_SOURCE);
		return record;
	}

	private static String offsets(Span span) {
		return span == null ? NONE : span.getBegin() + "-" + span.getEnd(); //$NON-NLS-1$
	}

	private static String orNone(String value) {
		return value == null ? NONE : value;
	}

	/** The rejected text, for a person reading the file: the span's quote, an attribution's claim's. */
	private static String quoteOf(EObject annotation) {
		Span span = Curation.spanOf(annotation);
		return span == null ? "" : Objects.toString(span.getQuote(), ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
