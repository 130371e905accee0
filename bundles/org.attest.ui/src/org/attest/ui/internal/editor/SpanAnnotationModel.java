package org.attest.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;

/**
 * The annotations of a layer's spans, as an annotation model that the editor attaches to its document's annotation
 * model: the platform (overview ruler, hovers, annotation navigation) finds them there, and {@link SpanPresentation}
 * styles the text from the same index. The editor's text never changes, so the positions need no updating: they
 * are kept in one index sorted by offset, not in the document's position lists, where JFace's annotation model
 * would insert each of tens of thousands of spans and then tell its listeners of each. Used on the UI thread.
 */
final class SpanAnnotationModel implements IAnnotationModel, IAnnotationModelExtension2 {

	/** Up to this many annotations are removed from the index one by one, more in one pass. */
	private static final int FEW = 8;

	private final SpanIndex<Annotation> index = new SpanIndex<>();
	/** Where each annotation of the model is, to find it again when it is asked for or removed. */
	private Map<Annotation, Position> positions = new HashMap<>();
	private final ListenerList<IAnnotationModelListener> listeners = new ListenerList<>(ListenerList.IDENTITY);

	/**
	 * Removes and adds annotations, keeping the positions given, and tells the listeners in one event: one that says
	 * that everything changed when the model was empty or is emptied, cheaper than one naming each of the many
	 * annotations then.
	 */
	void replace(Annotation[] removed, Map<Annotation, Position> added) {
		boolean filling = positions.isEmpty() && !added.isEmpty();
		AnnotationModelEvent event = new AnnotationModelEvent(this, false);
		// annotations are equal only to themselves
		Set<Annotation> removedMany = removed.length > FEW ? new HashSet<>() : null;
		for (Annotation annotation : removed) {
			Position position = positions.remove(annotation);
			if (position != null) {
				if (removedMany != null) {
					removedMany.add(annotation);
				} else {
					index.remove(annotation, position.offset);
				}
				event.annotationRemoved(annotation, position);
			}
		}
		if (removedMany != null) {
			index.removeAll(removedMany);
		}
		if (filling) {
			// the layer's spans at once, tens of thousands in a large document
			positions = HashMap.newHashMap(added.size());
		}
		added.forEach((annotation, position) -> {
			positions.put(annotation, position);
			index.add(annotation, position.offset, position.offset + position.length);
			if (!filling) {
				event.annotationAdded(annotation);
			}
		});
		boolean emptied = positions.isEmpty() && event.getRemovedAnnotations().length > 0;
		fire(filling || emptied ? new AnnotationModelEvent(this, true) : event);
	}

	/** Gives the annotations that overlap [from, to), in the order of their offsets. */
	void forEachOverlapping(int from, int to, SpanIndex.Entry<Annotation> action) {
		index.forEachOverlapping(from, to, action);
	}

	private void fire(AnnotationModelEvent event) {
		event.markSealed();
		if (event.isEmpty()) {
			return;
		}
		for (IAnnotationModelListener listener : listeners) {
			if (listener instanceof IAnnotationModelListenerExtension extension) {
				extension.modelChanged(event);
			} else {
				listener.modelChanged(this);
			}
		}
	}

	@Override
	public void addAnnotationModelListener(IAnnotationModelListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeAnnotationModelListener(IAnnotationModelListener listener) {
		listeners.remove(listener);
	}

	/** Nothing to connect: the positions are not the document's, as its text never changes. */
	@Override
	public void connect(IDocument document) {
		// see the class comment
	}

	@Override
	public void disconnect(IDocument document) {
		// see connect
	}

	@Override
	public void addAnnotation(Annotation annotation, Position position) {
		replace(new Annotation[0], Map.of(annotation, position));
	}

	@Override
	public void removeAnnotation(Annotation annotation) {
		replace(new Annotation[] { annotation }, Map.of());
	}

	/** The annotations in the order of their offsets, as they are now. */
	@Override
	public Iterator<Annotation> getAnnotationIterator() {
		List<Annotation> all = new ArrayList<>(index.size());
		index.forEach((annotation, begin, end) -> all.add(annotation));
		return all.iterator();
	}

	/**
	 * The annotations inside the region as {@link IAnnotationModelExtension2} defines it, looked up in the index:
	 * those overlapping the region widened by a character, to include empty ones at its bounds, then checked as
	 * JFace's annotation model checks them.
	 */
	@Override
	public Iterator<Annotation> getAnnotationIterator(int offset, int length, boolean canStartBefore, boolean canEndAfter) {
		Position region = new Position(offset, length);
		List<Annotation> inside = new ArrayList<>();
		index.forEachOverlapping(offset - 1, offset + length + 1, (annotation, begin, end) -> {
			int last = end > begin ? end - 1 : begin;
			boolean startsInside = region.includes(begin);
			boolean endsInside = region.includes(last);
			if (canStartBefore && canEndAfter ? region.overlapsWith(begin, end - begin)
					: canStartBefore ? endsInside : canEndAfter ? startsInside : startsInside && endsInside) {
				inside.add(annotation);
			}
		});
		return inside.iterator();
	}

	@Override
	public Position getPosition(Annotation annotation) {
		return positions.get(annotation);
	}
}
