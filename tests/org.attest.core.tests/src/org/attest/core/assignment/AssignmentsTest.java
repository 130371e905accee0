package org.attest.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attest.model.AttestFactory;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

class AssignmentsTest {

	private final Corpus corpus = AttestFactory.eINSTANCE.createCorpus();
	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);

	@Test
	void assigningToANewAnnotatorAddsTheAnnotatorWithItsWorklist() {
		stack.execute(Assignments.assign(domain, corpus, "ben", List.of("harbor", "ministry")));

		assertEquals(List.of("ben"), corpus.getAnnotators().stream().map(Annotator::getName).toList());
		assertEquals(List.of("harbor", "ministry"), Assignments.assignedTo(corpus, "ben"));
		assertEquals(List.of("ben"), Assignments.assigneesOf(corpus, "harbor"));

		stack.undo();

		assertTrue(corpus.getAnnotators().isEmpty());
	}

	@Test
	void assigningAgainAddsOnlyWhatIsNotAssignedYet() {
		stack.execute(Assignments.assign(domain, corpus, "ben", List.of("harbor")));
		stack.execute(Assignments.assign(domain, corpus, "ben", List.of("riverton", "harbor", "riverton")));

		assertEquals(List.of("harbor", "riverton"), Assignments.assignedTo(corpus, "ben"));
		assertEquals(IdentityCommand.INSTANCE, Assignments.assign(domain, corpus, "ben", List.of("harbor")));

		stack.undo();

		assertEquals(List.of("harbor"), Assignments.assignedTo(corpus, "ben"));
	}

	@Test
	void unassigningTakesOnlyThoseDocumentsOff() {
		stack.execute(Assignments.assign(domain, corpus, "ben", List.of("harbor", "ministry", "riverton")));
		stack.execute(Assignments.assign(domain, corpus, "cay", List.of("ministry")));

		stack.execute(Assignments.unassign(domain, corpus, "ben", List.of("ministry", "unknown")));

		assertEquals(List.of("harbor", "riverton"), Assignments.assignedTo(corpus, "ben"));
		assertEquals(List.of("cay"), Assignments.assigneesOf(corpus, "ministry"));
		assertEquals(IdentityCommand.INSTANCE, Assignments.unassign(domain, corpus, "dan", List.of("harbor")));

		stack.undo();

		assertEquals(List.of("harbor", "ministry", "riverton"), Assignments.assignedTo(corpus, "ben"));
	}

	@Test
	void anUnknownAnnotatorHasNothingAssigned() {
		assertEquals(List.of(), Assignments.assignedTo(corpus, "nobody"));
	}
}
