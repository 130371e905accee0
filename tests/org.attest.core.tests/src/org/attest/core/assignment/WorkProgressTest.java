package org.attest.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.assignment.WorkProgress.Entry;
import org.attest.core.export.SampleCopy;
import org.attest.core.store.CorpusStore;
import org.attest.model.LayerStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkProgressTest {

	@TempDir
	Path temp;

	@Test
	void readsEachAnnotatorsLayerStatusAndMarksWhatWasAssigned() throws IOException {
		CorpusStore store = sampleCopy();
		// the samples: gold done and ana in progress on all three articles, 9 claims in each layer
		Assignments.assign(domain(store), store.corpus(), "ana", List.of("riverton-dam-delay")).execute();
		Assignments.assign(domain(store), store.corpus(), "ben", List.of("ministry-denies-report")).execute();
		store.save();

		WorkProgress progress = WorkProgress.of(CorpusStore.open(store.folder()), "ana", new NullProgressMonitor());

		assertEquals(List.of(new Entry("harbor-fish-stocks", "ana", false, LayerStatus.IN_PROGRESS, 9),
				new Entry("ministry-denies-report", "ana", false, LayerStatus.IN_PROGRESS, 9),
				new Entry("riverton-dam-delay", "ana", true, LayerStatus.IN_PROGRESS, 9)), progress.entries());
		assertEquals(1, progress.assigned("ana", LayerStatus.IN_PROGRESS));
	}

	@Test
	void anAssignedDocumentWithoutALayerIsToDo() throws IOException {
		CorpusStore store = sampleCopy();
		Assignments.assign(domain(store), store.corpus(), "ben", List.of("ministry-denies-report", "harbor-fish-stocks")).execute();
		store.save();

		WorkProgress progress = WorkProgress.of(CorpusStore.open(store.folder()), null, new NullProgressMonitor());

		assertEquals(List.of(new Entry("harbor-fish-stocks", "ben", true, LayerStatus.TODO, 0),
				new Entry("ministry-denies-report", "ben", true, LayerStatus.TODO, 0)),
				progress.entries().stream().filter(e -> e.annotator().equals("ben")).toList());
		assertEquals(2, progress.assigned("ben", LayerStatus.TODO));
		assertEquals(0, progress.assigned("gold", LayerStatus.DONE));
		assertEquals(3, progress.entries().stream().filter(e -> e.annotator().equals("gold"))
				.filter(e -> e.status() == LayerStatus.DONE).count());
		assertEquals("ben", progress.annotators().get(0));
	}

	private static EditingDomain domain(CorpusStore store) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				store.resourceSet());
	}

	private CorpusStore sampleCopy() throws IOException {
		return SampleCopy.open(temp);
	}
}
