package org.attest.ui.internal.team;

import org.attest.core.team.CorpusRepository;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** What every team job does to the project once Git has changed its folder. */
final class TeamJobs {

	private TeamJobs() {
	}

	/**
	 * Refreshes the project so that editors and views see the files Git wrote, and keeps the repository's own
	 * folder out of searches, builds and the Project Explorer, as a Git team provider does.
	 */
	static void refresh(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		IFolder git = project.getFolder(CorpusRepository.GIT_FOLDER);
		if (git.exists() && !git.isTeamPrivateMember()) {
			git.setTeamPrivateMember(true);
		}
		progress.worked(1);
	}
}
