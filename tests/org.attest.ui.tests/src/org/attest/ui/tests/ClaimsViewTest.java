package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.model.AttestPackage;
import org.attest.model.ClaimMention;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.ClaimsViewTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Claims view on the gold layer of the sample document "ministry-denies-report": rows, filter, sorting,
 * selecting a claim in the editor, live updates and following the active editor. Expected values are read by
 * hand from {@code samples/layers/gold/ministry-denies-report.attest}.
 */
class ClaimsViewTest {

	private static final String DOCUMENT = "ministry-denies-report";

	/** The gold claims in text order: claim, sources, stances, credibility, problems. */
	private static final List<List<String>> GOLD_CLAIMS = List.of(
			List.of("it had suppressed an internal audit warning of safety failures on the northern commuter rail line",
					"Ministry of Transport and Public Works, Valmora Examiner, Anonymous senior ministry official, Dalia Renko, Stellan Moravec",
					"Deny, Support, Support, Support, Deny", "Mostly true", ""),
			List.of("ministry officials had delayed release of the audit for at least four months to avoid embarrassing the government ahead of regional elections scheduled for May",
					"Valmora Examiner", "Support", "Half true", ""),
			List.of("the audit identified 37 signalling faults on the Orrin Valley line", "Valmora Examiner, Halina Drevenko",
					"Support, Comment", "Unverifiable", ""),
			List.of("There is no suppressed audit. There is no hidden report",
					"Halina Drevenko, Anonymous senior ministry official", "Support, Deny", "Barely true", ""),
			List.of("the ministry had not received any final audit document", "Halina Drevenko", "Support", "Half true", ""),
			List.of("a completed draft of the audit had been sent to the minister's office in November",
					"Anonymous senior ministry official", "Support", "Unverifiable", ""),
			List.of("the draft recommended speed restrictions on a 40-kilometre stretch of the line until the signalling equipment was replaced",
					"Two other people familiar with the matter, Meridian Press Agency", "Support, Comment", "Unverifiable", ""),
			List.of("Hiding that for electoral reasons would be indefensible", "Dalia Renko", "Support", "Unverifiable", ""),
			List.of("the audit would be \"on the table before the end of the month, one way or another.\"", "Dalia Renko",
					"Support", "Unverifiable", ""));

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private IEditorPart editor;
	private ClaimsViewTester claims;

	@BeforeEach
	void openTheGoldLayerOfAnArticle(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("gold");
		editor = workbench.openEditor(corpus.document(DOCUMENT), AnnotationEditor.ID);
		claims = ClaimsViewTester.show(workbench);
	}

	@AfterEach
	void closeTheCorpus() throws CoreException {
		corpus.close(workbench);
	}

	@Test
	void listsTheClaimsInTextOrderWithTheirSourcesStancesAndCredibility() {
		assertEquals(List.of(ClaimsViewTester.CLAIM, ClaimsViewTester.SOURCES, ClaimsViewTester.STANCE,
				ClaimsViewTester.CREDIBILITY, ClaimsViewTester.PROBLEMS), claims.table().headers());
		claims.awaitRows(GOLD_CLAIMS);
	}

	@Test
	void theFilterKeepsClaimsWhoseQuoteOrSourceContainsItIgnoringCase() {
		claims.awaitRows(GOLD_CLAIMS);

		claims.filter("RENKO");
		claims.awaitRows(List.of(GOLD_CLAIMS.get(0), GOLD_CLAIMS.get(7), GOLD_CLAIMS.get(8)));

		claims.filter("signalling");
		claims.awaitRows(List.of(GOLD_CLAIMS.get(2), GOLD_CLAIMS.get(6)));

		claims.filter("");
		claims.awaitRows(GOLD_CLAIMS);
	}

	@Test
	void clickingAHeaderSortsByThatColumnAndAgainReversesIt() {
		claims.awaitRows(GOLD_CLAIMS);

		// credibility sorts in the scale's order, best first, unverifiable after the scale; ties in text order
		claims.table().clickHeader(ClaimsViewTester.CREDIBILITY);
		claims.awaitRows(List.of(GOLD_CLAIMS.get(0), GOLD_CLAIMS.get(1), GOLD_CLAIMS.get(4), GOLD_CLAIMS.get(3),
				GOLD_CLAIMS.get(2), GOLD_CLAIMS.get(5), GOLD_CLAIMS.get(6), GOLD_CLAIMS.get(7), GOLD_CLAIMS.get(8)));

		claims.table().clickHeader(ClaimsViewTester.CREDIBILITY);
		assertEquals(GOLD_CLAIMS.get(8), claims.rows().get(0));
		assertEquals(GOLD_CLAIMS.get(0), claims.rows().get(8));

		claims.table().clickHeader(ClaimsViewTester.SOURCES);
		assertEquals(List.of("Anonymous senior ministry official", "Dalia Renko", "Dalia Renko"),
				claims.table().column(ClaimsViewTester.SOURCES).subList(0, 3));

		claims.table().clickHeader(ClaimsViewTester.CLAIM);
		claims.awaitRows(GOLD_CLAIMS);
	}

	@Test
	void selectingAClaimSelectsItsSpanInTheEditor() {
		claims.awaitRows(GOLD_CLAIMS);

		claims.select(1);

		Ui.waitUntil("the claim selected in the editor",
				() -> workbench.activeEditorSelection().getOffset() == 335);
		ITextSelection selection = workbench.activeEditorSelection();
		assertEquals(335, selection.getOffset());
		assertEquals(494 - 335, selection.getLength());
		assertEquals(GOLD_CLAIMS.get(1).get(0), selection.getText());
		ClaimMention selected = Ui.sync(() -> (ClaimMention) claims.view().viewer().getStructuredSelection().getFirstElement());
		assertEquals(335, selected.getBegin());
	}

	@Test
	void theCaretInAClaimSelectsItsRowWithoutMovingTheCaret() {
		claims.awaitRows(GOLD_CLAIMS);
		AnnotationEditor annotationEditor = (AnnotationEditor) editor;

		// inside the second claim (335–494), as a click there activates the editor and puts the caret
		Ui.run(() -> {
			annotationEditor.getSite().getPage().activate(annotationEditor);
			annotationEditor.selectAndReveal(340, 0);
		});

		Ui.waitUntil("the second claim's row selected", () -> claims.view().viewer().getStructuredSelection()
				.getFirstElement() instanceof ClaimMention claim && claim.getBegin() == 335);
		assertEquals(340, workbench.activeEditorSelection().getOffset(), "following the caret moved it");
		assertEquals(0, workbench.activeEditorSelection().getLength());
	}

	@Test
	void showsChangesToTheLayerAsTheyHappenAndTheirUndo() {
		claims.awaitRows(GOLD_CLAIMS);
		AnnotationSession session = Ui.sync(() -> editor.getAdapter(AnnotationSession.class));

		Ui.run(() -> {
			ClaimMention claim = session.layer().getClaims().get(1);
			session.commandStack().execute(SetCommand.create(session.editingDomain(), claim,
					AttestPackage.Literals.CLAIM_MENTION__CREDIBILITY, null));
			session.commandStack().execute(RemoveCommand.create(session.editingDomain(), session.layer(),
					AttestPackage.Literals.ANNOTATION_LAYER__ATTRIBUTIONS, session.layer().getAttributions().stream()
							.filter(attribution -> attribution.getClaim() == claim).toList()));
		});
		claims.awaitRows(replace(GOLD_CLAIMS, 1, List.of(GOLD_CLAIMS.get(1).get(0), "", "", "", "no source, no credibility")));
		assertTrue(Ui.sync(editor::isDirty), "changes through the command stack make the editor dirty");

		Ui.run(() -> {
			session.commandStack().undo();
			session.commandStack().undo();
		});
		claims.awaitRows(GOLD_CLAIMS);
	}

	@Test
	void followsTheActiveAnnotationEditorAndShowsAMessageForOtherEditors() {
		claims.awaitRows(GOLD_CLAIMS);

		IEditorPart other = workbench.openEditor(corpus.document("harbor-fish-stocks"), AnnotationEditor.ID);
		Ui.waitUntil("the claims of the other document", () -> !claims.rows().isEmpty()
				&& claims.rows().get(0).get(0).equals("Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade"));
		assertEquals(9, claims.rows().size());

		Ui.run(() -> other.getSite().getPage().closeEditor(other, false));
		claims.awaitRows(GOLD_CLAIMS);

		workbench.openEditor(corpus.project().getFile("corpus.attest"), "org.eclipse.ui.DefaultTextEditor");
		Ui.waitUntil("the message instead of the claims", () -> claims.message().isPresent());
		assertEquals("Open a document in the Annotation Editor to see its claims.", claims.message().get());

		Ui.run(() -> editor.getSite().getPage().activate(editor));
		claims.awaitRows(GOLD_CLAIMS);
		assertEquals(AnnotationEditor.ID, workbench.activeEditorId());
	}

	private static List<List<String>> replace(List<List<String>> rows, int index, List<String> row) {
		List<List<String>> replaced = new ArrayList<>(rows);
		replaced.set(index, row);
		return replaced;
	}
}
