package org.attest.core.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attest.core.store.CorpusFiles;
import org.attest.model.Corpus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Merges two versions of a corpus file that Git's line merge cannot, when the two sides changed different
 * things: two annotators registering themselves (each appends to the annotator list), each adding sources to
 * the registry, or documents to the list. It works on the model, feature by feature, and on the lists element
 * by element (annotators by name, sources by id, documents by file): what one side changed and the other did
 * not is taken, additions from both sides are kept (ours first, then theirs). Anything changed on both sides
 * differently, such as one source renamed two ways or a changed source that the other side deleted, is a
 * conflict, and then there is no merge at all: nothing is guessed, nobody's change is dropped.
 */
final class CorpusFileMerge {

	private CorpusFileMerge() {
	}

	/**
	 * The merged file's bytes, as the store writes them, or empty when the versions conflict.
	 *
	 * @param file where the corpus file lives, so that document references stay relative to its folder
	 */
	static Optional<byte[]> merge(byte[] base, byte[] ours, byte[] theirs, Path file) throws IOException {
		Corpus baseCorpus = CorpusFiles.read(base, file);
		Corpus ourCorpus = CorpusFiles.read(ours, file);
		Corpus theirCorpus = CorpusFiles.read(theirs, file);
		for (EStructuralFeature feature : ourCorpus.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			boolean merged = feature.isMany() ? mergeList(feature, baseCorpus, ourCorpus, theirCorpus)
					: mergeValue(feature, baseCorpus, ourCorpus, theirCorpus);
			if (!merged) {
				return Optional.empty();
			}
		}
		return Optional.of(CorpusFiles.write(ourCorpus));
	}

	private static boolean mergeValue(EStructuralFeature feature, Corpus base, Corpus ours, Corpus theirs) {
		Object baseValue = base.eGet(feature, false);
		Object ourValue = ours.eGet(feature, false);
		Object theirValue = theirs.eGet(feature, false);
		if (same(ourValue, baseValue) && !same(theirValue, baseValue)) {
			ours.eSet(feature, theirValue instanceof EObject object && isContainment(feature) ? EcoreUtil.copy(object) : theirValue);
			return true;
		}
		return same(theirValue, baseValue) || same(ourValue, theirValue);
	}

	private static boolean mergeList(EStructuralFeature feature, Corpus base, Corpus ours, Corpus theirs) {
		Map<String, Object> baseElements = byKey(elements(base, feature), feature);
		List<Object> ourList = elements(ours, feature);
		Map<String, Object> ourElements = byKey(ourList, feature);
		List<Object> theirList = elements(theirs, feature);
		Map<String, Object> theirElements = byKey(theirList, feature);
		if (baseElements == null || ourElements == null || theirElements == null) {
			return false;
		}
		List<Object> result = new ArrayList<>();
		for (Map.Entry<String, Object> our : ourElements.entrySet()) {
			Object baseElement = baseElements.get(our.getKey());
			Object theirElement = theirElements.get(our.getKey());
			if (baseElement == null) {
				if (theirElement != null && !same(our.getValue(), theirElement)) {
					return false; // both added it, differently
				}
				result.add(our.getValue());
			} else if (theirElement == null) {
				if (!same(our.getValue(), baseElement)) {
					return false; // changed here, deleted there
				}
			} else if (same(our.getValue(), baseElement)) {
				result.add(copy(theirElement, feature));
			} else if (same(theirElement, baseElement) || same(our.getValue(), theirElement)) {
				result.add(our.getValue());
			} else {
				return false; // changed on both sides, differently
			}
		}
		for (Map.Entry<String, Object> their : theirElements.entrySet()) {
			if (ourElements.containsKey(their.getKey())) {
				continue;
			}
			Object baseElement = baseElements.get(their.getKey());
			if (baseElement == null) {
				result.add(copy(their.getValue(), feature));
			} else if (!same(their.getValue(), baseElement)) {
				return false; // deleted here, changed there
			}
		}
		if (!result.equals(ourList)) {
			@SuppressWarnings("unchecked")
			InternalEList<Object> list = (InternalEList<Object>) ours.eGet(feature, false);
			list.clear();
			list.addAllUnique(result);
		}
		return true;
	}

	/** A list's elements without resolving references, so that no document is loaded. */
	private static List<Object> elements(Corpus corpus, EStructuralFeature feature) {
		return List.copyOf(((InternalEList<?>) corpus.eGet(feature, false)).basicList());
	}

	/** Elements by their key, in list order; null when an element has no key or two share one. */
	private static Map<String, Object> byKey(List<Object> elements, EStructuralFeature feature) {
		Map<String, Object> keyed = new LinkedHashMap<>();
		for (Object element : elements) {
			String key = key(element, feature);
			if (key == null || keyed.put(key, element) != null) {
				return null;
			}
		}
		return keyed;
	}

	/** Contained elements (sources, annotators) by their id; referenced ones (documents) by their URI. */
	private static String key(Object element, EStructuralFeature feature) {
		if (!(element instanceof EObject object)) {
			return String.valueOf(element);
		}
		return isContainment(feature) ? EcoreUtil.getID(object) : EcoreUtil.getURI(object).toString();
	}

	private static Object copy(Object element, EStructuralFeature feature) {
		return element instanceof EObject object && isContainment(feature) ? EcoreUtil.copy(object) : element;
	}

	private static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment();
	}

	/** Equal values: objects compared in depth (references by URI), anything else by equals. */
	private static boolean same(Object a, Object b) {
		if (a instanceof EObject first && b instanceof EObject second) {
			return EcoreUtil.equals(first, second);
		}
		return Objects.equals(a, b);
	}
}
