package org.attest.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.junit.jupiter.api.Test;

/**
 * The annotation editor's model of span annotations: it answers as JFace's annotation model does, tells its
 * changes, and shows through a JFace model it is attached to.
 */
class SpanAnnotationModelTest {

	private final SpanAnnotationModel spans = new SpanAnnotationModel();
	private final List<AnnotationModelEvent> events = new ArrayList<>();

	private final class Events implements IAnnotationModelListener, IAnnotationModelListenerExtension {
		@Override
		public void modelChanged(AnnotationModelEvent event) {
			events.add(event);
		}

		@Override
		public void modelChanged(IAnnotationModel model) {
			throw new AssertionError("an extension is told the event");
		}
	}

	/**
	 * The annotations in a region, for every way of counting those crossing its bounds, are those JFace's annotation
	 * model finds checking each against the region as IAnnotationModelExtension2 defines (without a document to
	 * look them up in, whose position lists differ at the bounds by the half of the text a region is in): random
	 * spans, empty ones and ones at the regions' bounds among them.
	 */
	@Test
	void findsInARegionWhatJFacesAnnotationModelFinds() {
		AnnotationModel jface = new AnnotationModel();
		Random random = new Random(4);
		Map<Annotation, Position> added = new LinkedHashMap<>();
		for (int i = 0; i < 400; i++) {
			int begin = random.nextInt(1_000);
			int length = i % 10 == 0 ? 0 : random.nextInt(Math.min(60, 1_000 - begin) + 1);
			added.put(new Annotation("t", false, "span " + i), new Position(begin, length));
		}
		added.forEach((annotation, position) -> jface.addAnnotation(annotation, new Position(position.offset, position.length)));
		spans.replace(new Annotation[0], added);

		for (int offset = 0; offset <= 1_000; offset += 7) {
			for (int length : new int[] { 0, 1, 13, 90 }) {
				for (boolean canStartBefore : new boolean[] { false, true }) {
					for (boolean canEndAfter : new boolean[] { false, true }) {
						assertEquals(collect(jface.getAnnotationIterator(offset, length, canStartBefore, canEndAfter)),
								collect(spans.getAnnotationIterator(offset, length, canStartBefore, canEndAfter)),
								offset + "+" + length + ", start before " + canStartBefore + ", end after " + canEndAfter);
					}
				}
			}
		}
	}

	@Test
	void givesItsAnnotationsInTextOrderWithTheirPositions() {
		Annotation late = new Annotation("t", false, "late");
		Annotation early = new Annotation("t", false, "early");
		spans.replace(new Annotation[0], Map.of(late, new Position(50, 5), early, new Position(10, 5)));

		assertEquals(List.of(early, late), list(spans.getAnnotationIterator()));
		assertEquals(new Position(50, 5), spans.getPosition(late));
		assertNull(spans.getPosition(new Annotation("t", false, "elsewhere")));
	}

	/** Filling and emptying say that everything changed; a change between names what it removed, where, and added. */
	@Test
	void tellsItsListenersWhatChanged() {
		spans.addAnnotationModelListener(new Events());
		Annotation first = new Annotation("t", false, "first");
		Annotation second = new Annotation("t", false, "second");
		spans.replace(new Annotation[0], Map.of(first, new Position(0, 4), second, new Position(10, 4)));
		assertTrue(events.get(0).isWorldChange(), "filled");

		Annotation replacement = new Annotation("t", false, "replacement");
		spans.replace(new Annotation[] { first }, Map.of(replacement, new Position(1, 2)));
		AnnotationModelEvent change = events.get(1);
		assertFalse(change.isWorldChange());
		assertEquals(List.of(first), List.of(change.getRemovedAnnotations()));
		assertEquals(new Position(0, 4), change.getPositionOfRemovedAnnotation(first));
		assertEquals(List.of(replacement), List.of(change.getAddedAnnotations()));
		assertNull(spans.getPosition(first));

		spans.replace(new Annotation[] { replacement, second }, Map.of());
		assertTrue(events.get(2).isWorldChange(), "emptied");
		assertFalse(spans.getAnnotationIterator().hasNext());

		spans.replace(new Annotation[] { first }, Map.of());
		assertEquals(3, events.size(), "removing what is not there changes nothing");
	}

	/** Attached to a JFace model, as the editor attaches it to its document's: found there, its events passed on. */
	@Test
	void showsThroughTheModelItIsAttachedTo() {
		AnnotationModel parent = new AnnotationModel();
		parent.connect(new Document("x".repeat(100)));
		Annotation marker = new Annotation("problem", false, "marker");
		parent.addAnnotation(marker, new Position(3, 1));
		parent.addAnnotationModel(spans, spans);
		parent.addAnnotationModelListener(new Events());
		events.clear();

		Annotation span = new Annotation("t", false, "span");
		spans.replace(new Annotation[0], Map.of(span, new Position(20, 5)));

		assertEquals(Set.of(marker, span), collect(parent.getAnnotationIterator()));
		assertEquals(Set.of(span), collect(parent.getAnnotationIterator(19, 2, false, true)));
		assertEquals(new Position(20, 5), parent.getPosition(span));
		assertEquals(1, events.size());
		assertSame(spans, events.get(0).getAnnotationModel());
	}

	private static Set<Annotation> collect(Iterator<Annotation> annotations) {
		Set<Annotation> set = new HashSet<>();
		annotations.forEachRemaining(set::add);
		return set;
	}

	private static List<Annotation> list(Iterator<Annotation> annotations) {
		List<Annotation> list = new ArrayList<>();
		annotations.forEachRemaining(list::add);
		return list;
	}
}
