package org.attest.core.assignment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The lead's worklists as EMF commands on the corpus's annotators, each one undoable step on the domain's
 * command stack. Assigning to an annotator the corpus does not know yet adds the annotator.
 */
public final class Assignments {

	private static final AttestPackage P = AttestPackage.eINSTANCE;

	private Assignments() {
	}

	/** The ids of the documents assigned to the annotator, in the order assigned. */
	public static List<String> assignedTo(Corpus corpus, String annotator) {
		return annotator(corpus, annotator).map(a -> List.copyOf(a.getAssigned())).orElse(List.of());
	}

	/** The annotators the document is assigned to, in the corpus's annotator order. */
	public static List<String> assigneesOf(Corpus corpus, String documentId) {
		return corpus.getAnnotators().stream().filter(a -> a.getAssigned().contains(documentId)).map(Annotator::getName)
				.toList();
	}

	/**
	 * Adds the documents not yet assigned to the annotator to its worklist; an {@link IdentityCommand} when
	 * all are assigned already.
	 */
	public static Command assign(EditingDomain domain, Corpus corpus, String annotator, Collection<String> documentIds) {
		Optional<Annotator> existing = annotator(corpus, annotator);
		Set<String> added = new LinkedHashSet<>(documentIds);
		existing.ifPresent(a -> added.removeAll(a.getAssigned()));
		if (existing.isEmpty()) {
			Annotator entry = AttestFactory.eINSTANCE.createAnnotator();
			entry.setName(annotator);
			entry.getAssigned().addAll(added);
			return new AddCommand(domain, corpus, P.getCorpus_Annotators(), entry);
		}
		return added.isEmpty() ? IdentityCommand.INSTANCE
				: new AddCommand(domain, existing.get(), P.getAnnotator_Assigned(), added);
	}

	/** Takes the documents off the annotator's worklist; an {@link IdentityCommand} when none was on it. */
	public static Command unassign(EditingDomain domain, Corpus corpus, String annotator, Collection<String> documentIds) {
		Optional<Annotator> existing = annotator(corpus, annotator);
		List<String> removed = existing.map(a -> a.getAssigned().stream().filter(documentIds::contains).toList())
				.orElse(List.of());
		return removed.isEmpty() ? IdentityCommand.INSTANCE
				: new RemoveCommand(domain, existing.get(), P.getAnnotator_Assigned(), removed);
	}

	private static Optional<Annotator> annotator(Corpus corpus, String name) {
		return corpus.getAnnotators().stream().filter(a -> name.equals(a.getName())).findFirst();
	}
}
