package org.attest.ui.tests.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.internal.team.SynchronizeCorpusJob;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.DialogTester;
import org.attest.ui.tests.harness.JobResults;
import org.attest.ui.tests.harness.Menus;
import org.attest.ui.tests.harness.TeamRemote;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synchronize Corpus in the real workbench, for bob, whose clone of the team's corpus is a workspace project,
 * while alice works headlessly on her own clone; the team's remote is a bare repository on local disk.
 */
class SynchronizeCorpusTest {

	private static final String DOCUMENT = "harbor-fish-stocks";
	private static final String SYNCHRONIZE = "org.attest.ui.team.synchronize";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private TeamRemote team;
	private Path alice;
	private Path bob;
	private IProject project;

	@BeforeEach
	void cloneForAliceAndBob(@TempDir Path folder) throws Exception {
		workbench.awaitStartupCorpus();
		team = TeamRemote.withSamples(folder);
		alice = team.cloneFor("alice");
		bob = team.cloneFor("bob");
		Annotators.set("bob");
		project = CorpusProjects.open(bob, null);
	}

	@AfterEach
	void closeBobsProject() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		workbench.closeEditorsOf(project);
		project.delete(false, true, null);
		Annotators.set("");
	}

	@Test
	void bobsUnsavedLayerIsOfferedForSavingThenSentAndAlicesLayerComesIn() throws Exception {
		TeamRemote.annotate(alice, "alice", DOCUMENT, "Spring herring have returned to Kessick Harbor");
		TeamRemote.sync(alice, "alice");
		AnnotationEditorTester editor = AnnotationEditorTester.open(project.getFile("documents/" + DOCUMENT + ".attest"));
		editor.selectText("the rebound is fragile");
		editor.press("Alt+C");
		assertTrue(editor.isDirty());
		JobResults results = JobResults.listen(SynchronizeCorpusJob.FAMILY);

		DialogTester.await("Save Resource", workbench.runCommand(SYNCHRONIZE)).press("Save");

		IStatus status = results.await();
		assertTrue(status.isOK(), status::toString);
		String notice = message(Widgets.waitForShell("Synchronize Corpus"));
		// both registered themselves in corpus.attest when their first layer was made; the file merged on the model
		assertEquals("bob is in step with the team's remote.\n\nReceived (2):\n  corpus.attest (modified)\n  layers/alice/" + DOCUMENT
				+ ".attest (added)\n\nSent (2):\n  corpus.attest (modified)\n  layers/bob/" + DOCUMENT + ".attest (added)", notice);
		assertTrue(project.getFile("layers/alice/" + DOCUMENT + ".attest").exists(), "the project was refreshed");
		// the editor reads the corpus again: a registry from before the sync would overwrite alice's at the next save
		Ui.waitUntil("bob's editor open again on the corpus that came in", () -> workbench.page().getActiveEditor() instanceof AnnotationEditor reopened
				&& reopened != editor.editor() && reopened.session() != null && reopened.session().store().corpus().getAnnotators()
						.stream().anyMatch(annotator -> "alice".equals(annotator.getName())));
		assertFalse(Ui.sync(() -> workbench.page().getActiveEditor().isDirty()));
		assertTrue(project.getFolder(".git").isTeamPrivateMember(), "the repository's folder is hidden as a team provider hides it");
		Path check = team.cloneFor("check");
		assertArrayEquals(Files.readAllBytes(bob.resolve("layers/bob/" + DOCUMENT + ".attest")),
				Files.readAllBytes(check.resolve("layers/bob/" + DOCUMENT + ".attest")), "the remote has bob's saved layer");
		assertTrue(Files.readString(check.resolve("layers/bob/" + DOCUMENT + ".attest")).contains("quote=\"the rebound is fragile\""));
	}

	@Test
	void aConflictInTheRegistryIsShownWithItsPathFromTheProjectExplorersMenu() throws Exception {
		TeamRemote.renameSource(alice, "renata-cole", "Renata Cole-Ashby");
		TeamRemote.sync(alice, "alice");
		TeamRemote.renameSource(bob, "renata-cole", "Renata K. Cole");
		byte[] bobsRegistry = Files.readAllBytes(bob.resolve("corpus.attest"));
		Tree tree = selectInProjectExplorer(project);
		Menus menu = Menus.contextMenu(tree);
		assertEquals(List.of("Share Corpus…", "Synchronize Corpus"), menu.labels("Attest Team"));
		JobResults results = JobResults.listen(SynchronizeCorpusJob.FAMILY);

		menu.select("Attest Team", "Synchronize Corpus");

		assertTrue(results.await().isOK());
		String notice = message(Widgets.waitForShell("Synchronize Corpus: Conflict"));
		assertTrue(notice.contains("Conflicts (1):\n  corpus.attest"), notice);
		assertTrue(notice.contains("Your versions are kept (committed locally) and nothing was pushed."), notice);
		assertArrayEquals(bobsRegistry, Files.readAllBytes(bob.resolve("corpus.attest")));
	}

	private Tree selectInProjectExplorer(IProject selected) {
		ProjectExplorer explorer = workbench.showView(ProjectExplorer.VIEW_ID, ProjectExplorer.class);
		Tree tree = Widgets.waitFor(Widgets.partContent(explorer), Tree.class, Widgets.any(), "the Project Explorer's tree");
		Ui.run(() -> {
			explorer.selectReveal(new StructuredSelection(selected));
			tree.setFocus();
		});
		Ui.waitUntil("the project selected in the Project Explorer", () -> tree.getSelectionCount() == 1
				&& selected.getName().equals(tree.getSelection()[0].getText()));
		return tree;
	}

	/** The text of a message dialog. */
	private static String message(Shell dialog) {
		return Ui.sync(() -> Widgets.findAll(dialog, Label.class, label -> !label.getText().isEmpty()).stream()
				.map(Label::getText).reduce("", (a, b) -> a + b));
	}
}
