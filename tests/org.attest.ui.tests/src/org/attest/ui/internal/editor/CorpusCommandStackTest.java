package org.attest.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The corpus's one history: which files have unsaved changes after commands, undo, redo and saves, which files
 * must be written together, and what is left of the history once a file is unloaded. Each resource here stands
 * for a file of a corpus (a layer), holding one layer whose annotator name the commands change.
 */
class CorpusCommandStackTest {

	private final ResourceSet resources = new ResourceSetImpl();
	private final CorpusCommandStack stack = new CorpusCommandStack(resources);
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack,
			resources);
	private Resource a;
	private Resource b;
	private Resource c;

	@BeforeEach
	void threeFiles() {
		a = file("a");
		b = file("b");
		c = file("c");
	}

	private Resource file(String name) {
		Resource resource = new ResourceImpl(URI.createFileURI("/corpus/layers/" + name + ".attest"));
		AnnotationLayer layer = AttestFactory.eINSTANCE.createAnnotationLayer();
		layer.setAnnotator(name);
		resource.getContents().add(layer);
		resource.setTrackingModification(true);
		resources.getResources().add(resource);
		return resource;
	}

	private Command rename(Resource file, String annotator) {
		return SetCommand.create(domain, file.getContents().get(0), AttestPackage.Literals.ANNOTATION_LAYER__ANNOTATOR,
				annotator);
	}

	private List<Boolean> dirty() {
		return List.of(stack.isDirty(a), stack.isDirty(b), stack.isDirty(c));
	}

	@Test
	void eachFileIsDirtyUntilSavedOrItsOwnChangesAreUndone() {
		stack.execute(rename(a, "a2"));
		assertEquals(List.of(true, false, false), dirty());
		stack.execute(rename(b, "b2"));
		assertEquals(List.of(true, true, false), dirty());

		stack.undo();
		assertEquals(List.of(true, false, false), dirty(), "b is as its file again");
		stack.saved(List.of(a));
		assertEquals(List.of(false, false, false), dirty());
		stack.redo();
		assertEquals(List.of(false, true, false), dirty());
		stack.undo();
		stack.undo();
		assertEquals(List.of(true, false, false), dirty(), "a's file has the change that is undone now");
		stack.redo();
		assertEquals(List.of(false, false, false), dirty());
	}

	@Test
	void aFileWhoseSavedStateWasUndoneAndReplacedStaysDirty() {
		stack.execute(rename(a, "a2"));
		stack.saved(List.of(a));
		stack.undo();
		stack.execute(rename(a, "a3"));
		stack.undo();
		assertTrue(stack.isDirty(a), "a2, the saved state, cannot come back: the redo of it is gone");
	}

	@Test
	void filesChangedByOneCommandAreWrittenTogetherUntilSaved() {
		CompoundCommand both = new CompoundCommand();
		both.append(rename(a, "a2"));
		both.append(rename(c, "c2"));
		stack.execute(both);
		stack.execute(rename(b, "b2"));

		assertEquals(Set.of(a, c), stack.withLinked(List.of(a)));
		assertEquals(Set.of(b), stack.withLinked(List.of(b)));
		stack.saved(List.of(a, c));
		assertEquals(Set.of(a), stack.withLinked(List.of(a)));
		stack.undo();
		stack.undo();
		assertEquals(Set.of(a, c), stack.withLinked(List.of(c)), "undoing changes both files again");
	}

	@Test
	void forgettingAFileEndsTheUndoHistoryAtItsLastChange() {
		stack.execute(rename(b, "b2"));
		stack.execute(rename(a, "a2"));
		stack.execute(rename(b, "b3"));

		stack.forget(List.of(a));

		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals("b2", ((AnnotationLayer) b.getContents().get(0)).getAnnotator());
		assertFalse(stack.canUndo(), "b's first change came before a's and went with it");
		assertEquals("a2", ((AnnotationLayer) a.getContents().get(0)).getAnnotator());
	}

	@Test
	void forgettingAFileEndsTheRedoHistoryBeforeItsFirstChange() {
		stack.execute(rename(b, "b2"));
		stack.execute(rename(a, "a2"));
		stack.execute(rename(b, "b3"));
		stack.undo();
		stack.undo();
		stack.undo();

		stack.forget(List.of(a));

		assertFalse(stack.canUndo());
		stack.redo();
		assertEquals("b2", ((AnnotationLayer) b.getContents().get(0)).getAnnotator());
		assertFalse(stack.canRedo(), "redoing stops before a's change");
	}
}
