package org.attest.ui.internal.team;

import org.attest.core.store.CorpusStore;
import org.attest.core.team.CorpusRepository;
import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;

/**
 * Properties of the corpus a resource belongs to, for menus and handlers: {@code isCorpus} (its project holds
 * a corpus file) and {@code isShared} (that corpus is also the work tree of a Git repository).
 */
public final class CorpusProjectTester extends PropertyTester {

	static final String IS_CORPUS = "isCorpus"; //$NON-NLS-1$
	static final String IS_SHARED = "isShared"; //$NON-NLS-1$

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof IResource resource) || resource.getProject() == null) {
			return false;
		}
		IProject project = resource.getProject();
		boolean corpus = isCorpus(project);
		return switch (property) {
		case IS_CORPUS -> corpus;
		case IS_SHARED -> corpus && CorpusRepository.isShared(project.getLocation().toPath());
		default -> false;
		};
	}

	static boolean isCorpus(IProject project) {
		return project.isOpen() && project.getLocation() != null && project.getFile(CorpusStore.CORPUS_FILE).exists();
	}
}
