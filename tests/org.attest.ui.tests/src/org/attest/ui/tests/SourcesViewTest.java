package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Source;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.ClaimsViewTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.SourcesViewTester;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sources view on the sample corpus's registry, with the gold annotator's claim counts, and its Rename and
 * Merge Into… commands. Expected values are read by hand from {@code samples/corpus.attest} and
 * {@code samples/layers/gold/}.
 */
class SourcesViewTest {

	private static final String RELIABLE_4 = "4 \u2013 usually reliable";
	private static final String RELIABLE_3 = "3 \u2013 fairly reliable";
	private static final String RELIABLE_2 = "2 \u2013 not usually reliable";

	/** The registry in its order: name, kind, reliability, claims in the gold layers of all three documents. */
	private static final List<List<String>> SOURCES = List.of(
			List.of("Upper Halvane Water Authority", "government", RELIABLE_3, "3"),
			List.of("Gideon Oyelaran", "person", RELIABLE_2, "1"),
			List.of("Brannock & Hale Civil Works", "organization", RELIABLE_3, "2"),
			List.of("Petra Lindqvist-Amadi", "person", RELIABLE_3, "3"),
			List.of("Renata Cole", "person", RELIABLE_3, "1"),
			List.of("Tomasz Ferreira-Blunt", "person", RELIABLE_4, "3"),
			List.of("Ansel Duquaine", "person", RELIABLE_3, "1"),
			List.of("Northcoast Marine Assessment Institute", "organization", RELIABLE_4, "3"),
			List.of("Ilse Vantongeren", "person", RELIABLE_4, "2"),
			List.of("Kessick Harbor Fishermen\u2019s Cooperative", "organization", RELIABLE_2, "1"),
			List.of("Teodor Halvarsen", "person", RELIABLE_3, "2"),
			List.of("Anonymous Fisheries Management Board member", "anonymous", RELIABLE_3, "1"),
			List.of("Marguerite Oduya-Lind", "person", RELIABLE_3, "1"),
			List.of("Kessick town council herring economic analysis", "other", RELIABLE_3, "1"),
			List.of("Rafe Castellanos-Whitby", "person", RELIABLE_4, "1"),
			List.of("Ministry of Transport and Public Works", "government", RELIABLE_2, "1"),
			List.of("Halina Drevenko", "person", RELIABLE_2, "3"),
			List.of("Valmora Examiner", "media", RELIABLE_3, "3"),
			List.of("Anonymous senior ministry official", "anonymous", RELIABLE_3, "3"),
			List.of("Two other people familiar with the matter", "anonymous", RELIABLE_2, "1"),
			List.of("Meridian Press Agency", "media", RELIABLE_4, "1"),
			List.of("Dalia Renko", "person", RELIABLE_3, "3"),
			List.of("Stellan Moravec", "person", RELIABLE_2, "1"));

	private static final String OFFICIAL = "Anonymous senior ministry official";
	private static final String INSIDERS = "Two other people familiar with the matter";
	private static final List<String> OFFICIAL_ALIASES = List.of("A senior official who spoke on condition of anonymity",
			"the official");
	/** The official's aliases after the merge: the insiders' name (also their only alias) added once. */
	private static final List<String> MERGED_ALIASES = List.of(OFFICIAL_ALIASES.get(0), OFFICIAL_ALIASES.get(1), INSIDERS);
	private static final String DRAFT_CLAIM = "the draft recommended speed restrictions on a 40-kilometre stretch of the line until the signalling equipment was replaced";

	/** A curator rejected ana's attribution of the draft claim to the insiders, and her mention of them. */
	private static final String REJECTIONS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<ecore:EAnnotation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" source="urn:attest:curation:rejections">
			  <details key="ana attribution 1768-1890 %s support mention 1721-1762 cue 1763-1767" value="%s"/>
			  <details key="ana source-mention 1721-1762 %s" value="Two other people familiar with the matter"/>
			</ecore:EAnnotation>
			""".formatted("%s", DRAFT_CLAIM, "%s");

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private IEditorPart editor;
	private AnnotationSession session;

	@BeforeEach
	void openTheGoldLayerOfAnArticle(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("gold");
		editor = workbench.openEditor(corpus.document("ministry-denies-report"), AnnotationEditor.ID);
		session = Ui.sync(() -> editor.getAdapter(AnnotationSession.class));
	}

	@AfterEach
	void closeTheCorpus() throws CoreException {
		corpus.close(workbench);
	}

	@Test
	void listsTheRegistryWithKindsReliabilityAndTheAnnotatorsClaims() {
		SourcesViewTester sources = SourcesViewTester.show(workbench);

		assertEquals(List.of(SourcesViewTester.NAME, SourcesViewTester.KIND, SourcesViewTester.RELIABILITY,
				SourcesViewTester.CLAIMS), sources.table().headers());
		assertEquals(SOURCES, sources.rows());
	}

	@Test
	void showsAMessageInsteadWhenTheActiveEditorIsNoAnnotationEditor() {
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		assertEquals(SOURCES.size(), sources.rows().size());

		workbench.openEditor(corpus.project().getFile("corpus.attest"), "org.eclipse.ui.DefaultTextEditor");

		Ui.waitUntil("the message instead of the sources", () -> sources.message().isPresent());
		assertEquals("Open a document in the Annotation Editor to see the sources of its corpus.", sources.message().get());
	}

	@Test
	void renameRenamesTheSourceEverywhereAndUndoRestoresIt() {
		ClaimsViewTester claims = ClaimsViewTester.show(workbench);
		SourcesViewTester sources = SourcesViewTester.show(workbench);

		sources.rename("Valmora Examiner", "The Valmora Examiner");

		assertEquals(List.of("The Valmora Examiner", "media", RELIABLE_3, "3"), sources.row("The Valmora Examiner"));
		Ui.waitUntil("the new name in the Claims view",
				() -> claims.table().column(ClaimsViewTester.SOURCES).contains("The Valmora Examiner"));
		assertTrue(Ui.sync(editor::isDirty), "renaming makes the editor dirty");

		Ui.run(() -> session.commandStack().undo());
		Ui.waitUntil("the old name again", () -> sources.table().column(SourcesViewTester.NAME).contains("Valmora Examiner"));
		assertEquals(SOURCES, sources.rows());
		assertTrue(claims.table().column(ClaimsViewTester.SOURCES).contains("Valmora Examiner"));
	}

	@Test
	void mergeRepointsEveryAnnotationToTheKeptSourceAndUndoRestoresThem() throws IOException {
		ClaimsViewTester claims = ClaimsViewTester.show(workbench);
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		Source insiders = Ui.sync(() -> sourceNamed(INSIDERS));

		sources.merge(List.of(OFFICIAL, INSIDERS), OFFICIAL + " (anonymous)");

		Ui.waitUntil("the merged source gone", () -> sources.table().rows().size() == SOURCES.size() - 1);
		assertEquals(List.of(OFFICIAL, "anonymous", RELIABLE_3, "4"), sources.row(OFFICIAL));
		assertEquals(List.of(DRAFT_CLAIM, OFFICIAL + ", Meridian Press Agency", "Support, Comment", "Unverifiable", ""),
				claims.rows().get(6));
		Source official = Ui.sync(() -> sourceNamed(OFFICIAL));
		assertEquals(MERGED_ALIASES, Ui.sync(() -> List.copyOf(official.getAliases())));
		// the other annotator's layer of this document and the layers of the other documents are repointed too
		AnnotationLayer ana = Ui.sync(() -> layer("ministry-denies-report", "ana"));
		assertTrue(Ui.sync(() -> ana.getAttributions().stream().anyMatch(attribution -> attribution.getSource() == official)));
		assertEquals(List.of(), Ui.sync(() -> annotationsOf(insiders)));

		Ui.run(() -> session.commandStack().undo());
		Ui.waitUntil("the merged source back", () -> sources.table().rows().size() == SOURCES.size());
		assertEquals(SOURCES, sources.rows());
		assertEquals(OFFICIAL_ALIASES, Ui.sync(() -> List.copyOf(official.getAliases())));
		// the gold layer's attribution and mention of the insiders, and the other annotator's
		assertEquals(4, Ui.sync(() -> annotationsOf(insiders)).size());
	}

	@Test
	void savingAfterAMergeWritesEveryLayerThatChanged() throws IOException {
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		sources.merge(List.of(OFFICIAL, INSIDERS), OFFICIAL + " (anonymous)");
		// the merge runs once the dialog's event loop has ended
		Ui.waitUntil("the merged source gone", () -> sources.table().rows().size() == SOURCES.size() - 1);

		Ui.run(() -> editor.doSave(null));

		CorpusStore saved = CorpusStore.open(corpus.folder());
		assertEquals(SOURCES.size() - 1, saved.corpus().getSources().size());
		for (String documentId : saved.documentIds()) {
			for (String annotator : saved.annotatorsOf(documentId)) {
				AnnotationLayer layer = saved.layer(documentId, annotator).orElseThrow();
				assertTrue(layer.getAttributions().stream().allMatch(attribution -> !attribution.getSource().eIsProxy()),
						"every attribution of " + annotator + "'s layer of " + documentId + " names a registry source");
				assertTrue(layer.getSourceMentions().stream()
						.allMatch(mention -> mention.getSource() == null || !mention.getSource().eIsProxy()),
						"every source mention of " + annotator + "'s layer of " + documentId + " names a registry source");
			}
		}
		Source official = saved.corpus().getSources().stream().filter(source -> OFFICIAL.equals(source.getName()))
				.findFirst().orElseThrow();
		assertEquals(MERGED_ALIASES, official.getAliases());
		// in the samples, gold has 3 attributions and 2 mentions of the official and 1 and 1 of the insiders; ana 4, 3, 1, 1
		assertEquals(List.of(4L, 3L), annotationsOf(saved.layer("ministry-denies-report", "gold").orElseThrow(), official));
		assertEquals(List.of(5L, 4L), annotationsOf(saved.layer("ministry-denies-report", "ana").orElseThrow(), official));
	}

	@Test
	void aMergeKeepsTheRejectedAnnotationsOfTheMergedSourceRejected() throws IOException {
		Path rejections = corpus.folder().resolve("layers/gold/ministry-denies-report.rejections");
		// written with no editor on the corpus open: a Curation view left open would have read the rejections
		Ui.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		Files.writeString(rejections, REJECTIONS.formatted("ministry-anonymous-insiders", "ministry-anonymous-insiders"),
				StandardCharsets.UTF_8);
		editor = workbench.openEditor(corpus.document("ministry-denies-report"), AnnotationEditor.ID);
		SourcesViewTester sources = SourcesViewTester.show(workbench);
		sources.merge(List.of(OFFICIAL, INSIDERS), OFFICIAL + " (anonymous)");
		Ui.waitUntil("the merged source gone", () -> sources.table().rows().size() == SOURCES.size() - 1);

		Ui.run(() -> editor.doSave(null));

		assertEquals(REJECTIONS.formatted("ministry-anonymous-official", "ministry-anonymous-official"),
				Files.readString(rejections, StandardCharsets.UTF_8));
	}

	/** How many attributions and source mentions of the layer name the source. */
	private static List<Long> annotationsOf(AnnotationLayer layer, Source source) {
		return List.of(layer.getAttributions().stream().filter(attribution -> attribution.getSource() == source).count(),
				layer.getSourceMentions().stream().filter(mention -> mention.getSource() == source).count());
	}

	private Source sourceNamed(String name) {
		return session.store().corpus().getSources().stream().filter(source -> name.equals(source.getName())).findFirst()
				.orElseThrow();
	}

	private AnnotationLayer layer(String documentId, String annotator) {
		try {
			return session.store().layer(documentId, annotator).orElseThrow();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** The attributions and source mentions of every loaded layer that name the source. */
	private List<Object> annotationsOf(Source source) {
		return session.store().resourceSet().getResources().stream()
				.filter(resource -> resource.getContents().get(0) instanceof AnnotationLayer)
				.map(resource -> (AnnotationLayer) resource.getContents().get(0))
				.<Object>mapMulti((layer, annotations) -> {
					layer.getAttributions().stream().filter(attribution -> attribution.getSource() == source)
							.forEach(annotations);
					layer.getSourceMentions().stream().filter(mention -> mention.getSource() == source)
							.forEach(annotations);
				}).toList();
	}
}
