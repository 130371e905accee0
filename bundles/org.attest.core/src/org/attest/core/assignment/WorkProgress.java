package org.attest.core.assignment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.LayerStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Where each annotator stands on each document assigned to them or annotated by them: one {@link Entry} per
 * (document, annotator), read one document at a time so that large corpora stay small in memory.
 */
public final class WorkProgress {

	/**
	 * One annotator on one document: whether it was assigned, the layer's status ({@link LayerStatus#TODO}
	 * when there is no layer yet) and its number of claims.
	 */
	public record Entry(String document, String annotator, boolean assigned, LayerStatus status, int claims) {
	}

	private final List<Entry> entries;

	private WorkProgress(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * Reads the progress of the corpus's annotators, or only of {@code annotator} when not {@code null}. The
	 * store must have no unsaved changes to documents or layers: each document is unloaded once read.
	 */
	public static WorkProgress of(CorpusStore store, String annotator, IProgressMonitor monitor) throws IOException {
		List<String> ids = store.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		List<Entry> entries = new ArrayList<>();
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<String> assignees = Assignments.assigneesOf(store.corpus(), id);
			Set<String> annotators = new LinkedHashSet<>(assignees);
			annotators.addAll(store.annotatorsOf(id));
			for (String name : annotators) {
				if (annotator == null || annotator.equals(name)) {
					Optional<AnnotationLayer> layer = store.layer(id, name);
					entries.add(new Entry(id, name, assignees.contains(name),
							layer.map(AnnotationLayer::getStatus).orElse(LayerStatus.TODO),
							layer.map(l -> l.getClaims().size()).orElse(0)));
				}
			}
			store.unloadDocument(id);
			progress.worked(1);
		}
		return new WorkProgress(entries);
	}

	/** Every (document, annotator), in corpus document order, assignees first. */
	public List<Entry> entries() {
		return entries;
	}

	/** How many of the annotator's entries are assigned and in the given status. */
	public long assigned(String annotator, LayerStatus status) {
		return entries.stream().filter(e -> e.assigned() && e.annotator().equals(annotator) && e.status() == status)
				.count();
	}

	/** The annotators that appear, in order of first appearance. */
	public List<String> annotators() {
		return entries.stream().map(Entry::annotator).distinct().toList();
	}
}
