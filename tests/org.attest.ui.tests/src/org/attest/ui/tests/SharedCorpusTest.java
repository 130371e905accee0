package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Source;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.internal.editor.CorpusSessions;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.Keyboard;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.SourcesViewTester;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two annotation editors on two documents of one corpus share one model of it (docs/ui-adapters.md, "Editors
 * sharing a corpus"): one registry, so a source created in one editor and a rename in the Sources view both
 * reach corpus.attest whichever editor saves; one history, undone and redone in order from any of them.
 */
class SharedCorpusTest {

	private static final String DAM = "riverton-dam-delay";
	private static final String HERRING = "harbor-fish-stocks";
	/** A name in the dam article that the registry does not have. */
	private static final String NEW_SOURCE = "Harriet Mbeki-Soule";
	/** The id the Alt+S flow gives a source of that name. */
	private static final String NEW_SOURCE_ID = "harriet-mbeki-soule";
	/** A claim of the herring article. */
	private static final String CLAIM = "The numbers still say caution.";
	private static final String MINISTRY = "ministry-denies-report";
	private static final String OFFICIAL = "Anonymous senior ministry official";
	private static final String INSIDERS = "Two other people familiar with the matter";
	private static final String OLD_NAME = "Valmora Examiner";
	private static final String NEW_NAME = "The Valmora Examiner";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester dam;
	private AnnotationEditorTester herring;

	@BeforeEach
	void openTwoDocumentsOfOneCorpus(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("tester");
		dam = AnnotationEditorTester.open(corpus.document(DAM));
		herring = AnnotationEditorTester.open(corpus.document(HERRING));
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void aNewSourceAndARenameInTheSourcesViewBothReachTheCorpusFileAndUndoFollowsOneHistory() throws IOException {
		assertSame(Ui.sync(() -> dam.session().model()), Ui.sync(() -> herring.session().model()),
				"the editors share one model of the corpus");

		markNewSource(dam);
		assertTrue(dam.isDirty() && herring.isDirty(), "the corpus file changed: both editors show it");
		herring.selectText(CLAIM);
		herring.press("M3+C");
		Ui.waitUntil("a claim in the herring layer", () -> layer(herring).getClaims().size() == 1);
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		Ui.waitUntil("the source created in the other editor, in the registry the view shows",
				() -> sources.table().column(SourcesViewTester.NAME).contains(NEW_SOURCE));
		sources.rename(OLD_NAME, NEW_NAME);
		Ui.waitUntil("the renamed source", () -> sources.table().column(SourcesViewTester.NAME).contains(NEW_NAME));
		assertTrue(sources.isDirty(), "a rename makes the Sources view dirty");

		// one history, in the order things happened: mark source (dam), mark claim (herring), rename (view)
		sources.keyboard().press("M1+Z");
		Ui.waitUntil("the rename undone from the view", () -> source(OLD_NAME).isPresent());
		dam.press("M1+Y");
		Ui.waitUntil("the rename redone from the dam editor", () -> source(NEW_NAME).isPresent());
		dam.press("M1+Z");
		Ui.waitUntil("the rename undone again", () -> source(OLD_NAME).isPresent());
		dam.press("M1+Z");
		Ui.waitUntil("the herring claim undone from the dam editor", () -> layer(herring).getClaims().isEmpty());
		assertFalse(Ui.sync(() -> herring.session().isLayerDirty()), "the herring layer is as its file has it again");
		assertTrue(herring.isDirty(), "the corpus file still has the new source to save");
		herring.press("M1+Z");
		Ui.waitUntil("the dam editor's source mention undone from the herring editor",
				() -> layer(dam).getSourceMentions().isEmpty() && source(NEW_SOURCE).isEmpty());
		assertFalse(dam.isDirty() || herring.isDirty() || sources.isDirty(), "everything undone: nothing to save");
		herring.press("M1+Y");
		Ui.waitUntil("the source mention redone", () -> layer(dam).getSourceMentions().size() == 1);
		herring.press("M1+Y");
		Ui.waitUntil("the claim redone", () -> layer(herring).getClaims().size() == 1);
		herring.press("M1+Y");
		Ui.waitUntil("the rename redone", () -> source(NEW_NAME).isPresent());

		dam.save();
		String savedCorpus = Files.readString(corpus.folder().resolve(CorpusStore.CORPUS_FILE), StandardCharsets.UTF_8);
		assertTrue(savedCorpus.contains("name=\"" + NEW_SOURCE + "\"") && savedCorpus.contains("name=\"" + NEW_NAME + "\""),
				savedCorpus);
		assertTrue(herring.isDirty(), "saving the dam editor leaves the herring layer's claim unsaved");
		assertFalse(Files.exists(layerFile(HERRING)));
		herring.save();
		assertFalse(dam.isDirty());
		assertFalse(sources.isDirty());
		dam.close();
		herring.close();
		assertEquals(Optional.empty(), Ui.sync(() -> sessions().model(corpus.folder())),
				"the model goes with the corpus's last editor");

		CorpusStore saved = CorpusStore.open(corpus.folder());
		List<String> names = saved.corpus().getSources().stream().map(Source::getName).toList();
		assertTrue(names.contains(NEW_SOURCE) && names.contains(NEW_NAME) && !names.contains(OLD_NAME), names::toString);
		assertEquals(NEW_SOURCE, saved.layer(DAM, "tester").orElseThrow().getSourceMentions().get(0).getSource().getName());
		assertEquals(CLAIM, saved.layer(HERRING, "tester").orElseThrow().getClaims().get(0).getQuote());
		assertTrue(Files.readString(layerFile(DAM), StandardCharsets.UTF_8).contains("../../corpus.attest#" + NEW_SOURCE_ID));
	}

	@Test
	void theSourcesViewSavesTheCorpusFileOfItsOwn() throws IOException {
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		sources.rename(OLD_NAME, NEW_NAME);
		Ui.waitUntil("the renamed source", () -> sources.table().column(SourcesViewTester.NAME).contains(NEW_NAME));
		assertTrue(dam.isDirty() && herring.isDirty());

		sources.keyboard().press("M1+S");

		Ui.waitUntil("the Sources view saved", () -> !sources.isDirty());
		assertTrue(Files.readString(corpus.folder().resolve(CorpusStore.CORPUS_FILE), StandardCharsets.UTF_8)
				.contains("name=\"" + NEW_NAME + "\""));
		assertFalse(dam.isDirty() || herring.isDirty(), "the editors had only the rename to save");
	}

	@Test
	void closingAnEditorWithoutSavingDropsItsLayerButNotTheCorpusTheOtherEditorHolds() {
		markNewSource(dam);

		dam.close(); // without saving

		assertTrue(herring.isDirty(), "the new source is a change of the corpus, which the herring editor still holds");
		assertTrue(source(NEW_SOURCE).isPresent());
		dam = AnnotationEditorTester.open(corpus.document(DAM));
		assertEquals(List.of(), Ui.sync(() -> List.copyOf(dam.session().layer().getSourceMentions())),
				"the dam layer as its file has it: none yet");
		assertFalse(Files.exists(layerFile(DAM)));
	}

	@Test
	void aLayerAMergeRepointedIsSavedWithTheCorpusFileEvenAfterItsEditorClosedUnsaved() throws IOException {
		Annotators.set(CorpusStore.GOLD);
		AnnotationEditorTester ministry = AnnotationEditorTester.open(corpus.document(MINISTRY));
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		sources.merge(List.of(OFFICIAL, INSIDERS), OFFICIAL + " (anonymous)");
		Ui.waitUntil("the merged source gone", () -> source(INSIDERS).isEmpty());

		ministry.close(); // without saving: its gold layer names the insiders in its file
		herring.save(); // the corpus file, and what the merge changed with it

		CorpusStore saved = CorpusStore.open(corpus.folder());
		AnnotationLayer gold = saved.layer(MINISTRY, CorpusStore.GOLD).orElseThrow();
		assertTrue(gold.getAttributions().stream().noneMatch(attribution -> attribution.getSource().eIsProxy()),
				"every attribution names a source of the saved registry");
		Source official = saved.corpus().getSources().stream().filter(source -> OFFICIAL.equals(source.getName()))
				.findFirst().orElseThrow();
		// in the samples, gold has 3 attributions and 2 mentions of the official, 1 and 1 of the insiders
		assertEquals(4, gold.getAttributions().stream().filter(attribution -> attribution.getSource() == official).count());
		assertEquals(3, gold.getSourceMentions().stream().filter(mention -> mention.getSource() == official).count());
	}

	/** Marks the new source's name in the dam article as a mention of a new registry source (Alt+S, Enter). */
	private void markNewSource(AnnotationEditorTester editor) {
		editor.selectText(NEW_SOURCE);
		editor.press("M3+S");
		Shell dialog = Widgets.waitForShell("Mark Source Mention");
		Keyboard.on(dialog).press("ENTER"); // the first row creates a source of the selected name
		Ui.waitUntil("the dialog closed", dialog::isDisposed);
		Ui.waitUntil("a source mention", () -> layer(editor).getSourceMentions().size() == 1);
		assertEquals(NEW_SOURCE_ID, Ui.sync(() -> layer(editor).getSourceMentions().get(0).getSource().getId()));
	}

	private static AnnotationLayer layer(AnnotationEditorTester editor) {
		return Ui.sync(() -> editor.session().layer());
	}

	private Optional<Source> source(String name) {
		return Ui.sync(() -> herring.session().store().corpus().getSources().stream()
				.filter(source -> name.equals(source.getName())).findFirst());
	}

	private Path layerFile(String documentId) {
		return corpus.folder().resolve("layers/tester/" + documentId + ".attest");
	}

	private static CorpusSessions sessions() {
		return PlatformUI.getWorkbench().getService(CorpusSessions.class);
	}
}
