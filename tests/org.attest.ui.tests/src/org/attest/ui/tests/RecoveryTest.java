package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.attest.core.recovery.RecoverySnapshot;
import org.attest.core.recovery.RecoveryStore;
import org.attest.model.Span;
import org.attest.ui.internal.RecoveryCheck;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.internal.editor.CorpusSessions;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.DialogTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved annotations survive a crash of the workbench through a recovery file (docs/reliability.md, "Recovery
 * file"): annotating writes one a moment later, saving or undoing to the saved state deletes it, and the check the
 * workbench runs on start offers one that an ended run left, to restore into the editor or to discard.
 * <p>
 * The crash is played in-process: the recovery folder is copied aside while the editor has unsaved work, the
 * editor is closed without saving (which deletes the recovery file, as giving work up should), and the copy is
 * put back, so that the folder holds what a killed workbench leaves and no editor holds the work any more.
 */
class RecoveryTest {

	private static final String HERRING = "harbor-fish-stocks";
	/** A claim of the herring article. */
	private static final String CLAIM = "The numbers still say caution.";
	private static final String DIALOG = "Recover Unsaved Annotations";
	/** File &gt; Recover Unsaved Annotations… */
	private static final String RECOVER_COMMAND = "org.attest.ui.recoverUnsaved";

	private final WorkbenchTester workbench = new WorkbenchTester();
	@TempDir
	Path temp;
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;

	@BeforeEach
	void openADocument() throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(temp.resolve("corpus"));
		Annotators.set("tester");
		editor = AnnotationEditorTester.open(corpus.document(HERRING));
	}

	@AfterEach
	void closeTheCopy() throws CoreException, IOException {
		Widgets.dialogs().forEach(Widgets::close);
		corpus.close(workbench);
		Annotators.set("");
		for (RecoverySnapshot snapshot : recovery().list(corpus.folder())) {
			snapshot.discard();
		}
	}

	@Test
	void afterACrashTheStartupCheckOffersTheWorkAndRestoreBringsItBackToSave() throws IOException {
		markClaim();
		awaitSnapshot();

		crash();
		CompletableFuture<Void> check = startupCheck();
		DialogTester dialog = DialogTester.await(DIALOG, check);
		String message = dialog.message();
		assertTrue(message.contains(corpus.folder().getFileName() + ": " + HERRING + " (annotator tester, as of "), message);
		dialog.press("Restore");

		AnnotationEditorTester restored = openEditorOf(HERRING);
		assertTrue(restored.isDirty(), "the recovered annotations are unsaved");
		assertEquals(List.of(CLAIM), claims(restored));
		assertFalse(Files.exists(layerFile()), "restoring writes nothing into the corpus");
		restored.save();
		String saved = Files.readString(layerFile(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("quote=\"" + CLAIM + "\""), saved);
		Ui.waitUntil("the recovery file deleted once its work is saved", () -> snapshots().isEmpty());
	}

	@Test
	void discardDeletesTheRecoveryFilesAndOpensNothing() throws IOException {
		markClaim();
		awaitSnapshot();
		crash();

		DialogTester.await(DIALOG, startupCheck()).press("Discard");

		assertEquals(List.of(), snapshots());
		assertNull(Ui.sync(() -> workbench.page().findEditor(new FileEditorInput(corpus.document(HERRING)))));
		assertFalse(Files.exists(layerFile()));
		CompletableFuture<Void> again = startupCheck();
		Ui.waitUntil("the second check", again::isDone);
		assertTrue(Widgets.dialogs().stream().noneMatch(shell -> Ui.sync(shell::getText).equals(DIALOG)), "nothing left to offer");
	}

	@Test
	void askLaterKeepsTheRecoveryFilesForTheFileMenuToOfferAgain() {
		markClaim();
		awaitSnapshot();
		crash();

		DialogTester.await(DIALOG, startupCheck()).press("Ask Later");

		assertEquals(1, snapshots().size());
		assertTrue(workbench.menuBar().labels("File").contains("Recover Unsaved Annotations\u2026"),
				workbench.menuBar().labels("File")::toString);
		DialogTester.await(DIALOG, workbench.runCommand(RECOVER_COMMAND)).press("Discard");
		assertEquals(List.of(), snapshots());
		DialogTester nothing = DialogTester.await(DIALOG, workbench.runCommand(RECOVER_COMMAND));
		assertTrue(nothing.message().contains("There are no unsaved annotations to recover."), nothing.message());
		nothing.press("OK");
	}

	@Test
	void savingDeletesTheRecoveryFile() {
		markClaim();
		awaitSnapshot();

		editor.save();

		Ui.waitUntil("the recovery file deleted after the save", () -> snapshots().isEmpty());
	}

	@Test
	void undoingToTheSavedStateDeletesTheRecoveryFile() {
		markClaim();
		awaitSnapshot();

		editor.press("M1+Z");

		Ui.waitUntil("the claim undone", () -> claims(editor).isEmpty());
		Ui.waitUntil("the recovery file deleted once nothing is unsaved", () -> snapshots().isEmpty());
	}

	/** Marks the claim with the keyboard (select, Alt+C), as an annotator does. */
	private void markClaim() {
		editor.selectText(CLAIM);
		editor.press("M3+C");
		Ui.waitUntil("a claim in the layer", () -> claims(editor).size() == 1);
	}

	private void awaitSnapshot() {
		Ui.waitUntil("a recovery file of the herring layer", () -> snapshots().stream()
				.anyMatch(snapshot -> snapshot.documents().equals(List.of(HERRING)) && snapshot.problems().isEmpty()));
	}

	/**
	 * Leaves the recovery folder as a killed workbench leaves it, with no editor holding the work: the folder is
	 * copied aside, the editor closed without saving (which deletes the file), and the copy put back.
	 */
	private void crash() {
		Path root = recovery().root();
		Path aside = temp.resolve("recovery-at-the-crash");
		copy(root, aside);
		editor.close();
		assertEquals(List.of(), snapshots(), "closing without saving gives the work up, and its recovery file");
		copy(aside, root);
	}

	/** Runs what the workbench runs on start, on the UI thread; done once its dialog (if any) is answered. */
	private CompletableFuture<Void> startupCheck() {
		CompletableFuture<Void> check = new CompletableFuture<>();
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			try {
				new RecoveryCheck(workbench.window()).run();
				check.complete(null);
			} catch (Throwable e) {
				check.completeExceptionally(e);
			}
		});
		return check;
	}

	private AnnotationEditorTester openEditorOf(String id) {
		Ui.waitUntil("an editor on " + id,
				() -> workbench.page().findEditor(new FileEditorInput(corpus.document(id))) != null);
		return AnnotationEditorTester.open(corpus.document(id));
	}

	private List<RecoverySnapshot> snapshots() {
		try {
			return recovery().list(corpus.folder());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> claims(AnnotationEditorTester editor) {
		return Ui.sync(() -> editor.session().layer().getClaims().stream().map(Span::getQuote).toList());
	}

	private Path layerFile() {
		return corpus.folder().resolve("layers/tester/" + HERRING + ".attest");
	}

	private static RecoveryStore recovery() {
		return PlatformUI.getWorkbench().getService(CorpusSessions.class).recoveryStore();
	}

	private static void copy(Path from, Path to) {
		try {
			if (Files.exists(to)) {
				try (Stream<Path> old = Files.walk(to)) {
					for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			try (Stream<Path> paths = Files.walk(from)) {
				for (Path path : paths.toList()) {
					Files.copy(path, to.resolve(from.relativize(path).toString()));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
