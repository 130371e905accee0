package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.attest.model.AttestPackage;
import org.attest.model.LayerStatus;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.Keyboard;
import org.attest.ui.tests.harness.Menus;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test driver itself ({@code harness}) on the real workbench: posted keys reach the editor and dialogs,
 * menus and context menus can be used, the page objects report what a person would see.
 */
class DriverTest {

	private static final String DOCUMENT = "harbor-fish-stocks";

	@TempDir
	static Path folder;
	private static SampleCorpus corpus;

	private final WorkbenchTester workbench = new WorkbenchTester();
	private AnnotationEditorTester editor;

	@BeforeAll
	static void copySampleCorpus() throws IOException, CoreException {
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
	}

	@AfterAll
	static void removeSampleCorpus() throws CoreException {
		corpus.close(new WorkbenchTester());
	}

	@BeforeEach
	void openDocument() {
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
	}

	@AfterEach
	void closeDialogsAndEditor() {
		Widgets.dialogs().forEach(Widgets::close);
		editor.close();
	}

	@Test
	void aSelectedQuoteIsWhatTheEditorsSelectionProviderReports() {
		String quote = "One good cohort is not a recovered stock";
		editor.selectText(quote);

		ITextSelection selection = editor.selection();
		assertEquals(editor.text().indexOf(quote), selection.getOffset());
		assertEquals(quote, selection.getText());
		assertEquals(selection.getOffset() + quote.length(), editor.caretOffset());
	}

	@Test
	void arrowRightMovesTheCaretOneCharacter() {
		editor.caretTo(0);
		editor.press("ARROW_RIGHT");

		Ui.waitUntil("the caret after the first character", () -> editor.styledText().getCaretOffset() == 1);
	}

	@Test
	void arrowRightStepsOverAnEmojiAsOneCharacterOfTwoUtf16Units() {
		int fish = editor.text().indexOf("\uD83D\uDC1F");
		editor.caretTo(fish);
		editor.press("ARROW_RIGHT");

		Ui.waitUntil("the caret after the fish emoji", () -> editor.styledText().getCaretOffset() == fish + 2);
	}

	@Test
	void keysReachTheEditorAfterAnotherWindowTookTheFocus() {
		Shell elsewhere = Ui.sync(() -> {
			Shell shell = new Shell(Display.getCurrent());
			shell.setText("Elsewhere");
			shell.setSize(300, 100);
			shell.open();
			shell.forceActive();
			return shell;
		});
		Ui.waitUntil("the other window active", () -> elsewhere.getDisplay().getActiveShell() == elsewhere);
		editor.caretTo(0);

		editor.press("ARROW_RIGHT");

		Ui.waitUntil("the caret after the first character", () -> editor.styledText().getCaretOffset() == 1);
	}

	@Test
	void shiftArrowLeftSelectsTheCharacterBeforeTheCaret() {
		editor.caretTo(5);
		editor.press("Shift+ARROW_LEFT");

		Ui.waitUntil("the fifth character selected",
				() -> editor.styledText().getSelectionRange().equals(new Point(4, 1)));
		ITextSelection selection = editor.selection();
		assertEquals(4, selection.getOffset());
		assertEquals(editor.text().substring(4, 5), selection.getText());
	}

	@Test
	void saveWithTheKeyboardWritesTheAnnotatorsLayer() {
		Ui.run(() -> editor.session().editingDomain().getCommandStack()
				.execute(SetCommand.create(editor.session().editingDomain(), editor.session().layer(),
						AttestPackage.Literals.ANNOTATION_LAYER__STATUS, LayerStatus.DONE)));
		assertTrue(editor.isDirty());

		editor.save();

		Path layer = corpus.folder().resolve("layers").resolve(editor.session().annotator())
				.resolve(DOCUMENT + ".attest");
		assertTrue(Files.isRegularFile(layer), "no layer saved at " + layer);
		assertFalse(editor.isDirty());
	}

	@Test
	void editCopyIsOfferedForASelectionAndCopiesIt() {
		Menus menuBar = workbench.menuBar();
		assertTrue(menuBar.labels("Edit").contains("Copy"), "Edit menu: " + menuBar.labels("Edit"));

		String quote = "The numbers still say caution.";
		editor.selectText(quote);
		assertTrue(menuBar.isEnabled("Edit", "Copy"), "Edit > Copy is disabled with text selected");
		menuBar.select("Edit", "Copy");

		assertEquals(quote, clipboardText());
	}

	@Test
	void copyInTheTextsContextMenuCopiesTheSelection() {
		String quote = "We listened,";
		editor.selectText(quote);

		Menus.contextMenu(editor.styledText()).select("Copy");

		assertEquals(quote, clipboardText());
	}

	@Test
	void theTextsContextMenuOpensOnScreenAndEscapeClosesIt() {
		Menu menu = Menus.popUp(editor.styledText());
		editor.press("ESC");

		Ui.waitUntil("the context menu closed", () -> !menu.isVisible());
	}

	@Test
	void typedAndPressedKeysReachThePreferencesDialogAndEscapeClosesIt() {
		workbench.menuBar().select("Window", "Preferences");
		Shell preferences = Widgets.waitForShell("Preferences");
		Text filter = Widgets.waitFor(preferences, Text.class, Widgets.withMessage("type filter text"),
				"the preference pages' filter");

		Keyboard.on(filter).type("Keys");
		Ui.waitUntil("\"Keys\" in the filter", () -> "Keys".equals(filter.getText()));
		Keyboard.on(filter).press("M1+A");
		Keyboard.on(filter).press("DEL");
		Ui.waitUntil("the filter emptied", () -> filter.getText().isEmpty());

		Keyboard.on(preferences).press("ESC");
		Ui.waitUntil("the Preferences dialog closed", preferences::isDisposed);
	}

	@Test
	void spaceOnTheFocusedCancelButtonClosesThePreferencesDialog() {
		workbench.menuBar().select("Window", "Preferences");
		Shell preferences = Widgets.waitForShell("Preferences");
		Button cancel = Widgets.waitFor(preferences, Button.class, Widgets.withLabel("Cancel"), "the Cancel button");

		Keyboard.on(cancel).press("SPACE");

		Ui.waitUntil("the Preferences dialog closed", preferences::isDisposed);
	}

	@Test
	void theProjectExplorerListsTheCopiedCorpusAndTheStatusLineNamesWhatIsSelected() {
		Tree tree = Widgets.waitFor(Widgets.partContent(workbench.showView(ProjectExplorer.VIEW_ID)), Tree.class,
				Widgets.any(), "the Project Explorer's tree");
		String name = corpus.project().getName();
		Ui.waitUntil("the project " + name + " in the Project Explorer",
				() -> Arrays.stream(tree.getItems()).anyMatch(item -> name.equals(item.getText())));

		// a tree without a selection takes the first arrow key to select a row
		Keyboard.on(tree).press("ARROW_DOWN");

		Ui.waitUntil("a project selected", () -> tree.getSelectionCount() == 1);
		String selected = Ui.sync(() -> tree.getSelection()[0].getText());
		Ui.waitUntil("the status line naming " + selected, () -> workbench.statusLineTexts().get(0).equals(selected));
	}

	private static String clipboardText() {
		return Ui.sync(() -> {
			Clipboard clipboard = new Clipboard(Display.getCurrent());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
	}
}
