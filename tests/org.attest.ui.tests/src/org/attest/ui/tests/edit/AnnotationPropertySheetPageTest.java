package org.attest.ui.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.edit.AnnotationPropertySheetPage;
import org.attest.ui.internal.edit.ChoiceCellEditor;
import org.attest.ui.internal.edit.ItemPropertySourceProvider;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The property sheet page of an annotation editor on the gold layer of a sample document: a text selection
 * shows the annotation under it, a selection of model objects passes through, and the page follows edits and
 * their undo.
 */
class AnnotationPropertySheetPageTest {

	private static final String DOCUMENT = "documents/harbor-fish-stocks.attest";
	/** The first gold claim of the document spans [17, 105). */
	private static final String FIRST_CLAIM = "Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade";
	/** The gold source mention "Dr. Ilse Vantongeren" spans [463, 483). */
	private static final int IN_A_SOURCE_MENTION = 470;

	private final WorkbenchTester workbench = new WorkbenchTester();
	private Path corpus;
	private String previousAnnotator;
	private IProject project;
	private AnnotationEditor editor;
	private AnnotationSession session;
	private AnnotationPropertySheetPage page;
	private Shell shell;

	@BeforeEach
	void openTheGoldLayerWithThePage() throws IOException, CoreException {
		corpus = Files.createTempDirectory("attest-properties");
		copy(Path.of(System.getProperty("attest.samples")), corpus);
		previousAnnotator = Platform.getPreferencesService().getString("org.attest.ui", Annotators.PREFERENCE, null, null);
		Annotators.set("gold");
		project = CorpusProjects.open(corpus, null);
		IWorkbenchPage workbenchPage = workbench.page();
		editor = Ui.sync(() -> {
			try {
				return (AnnotationEditor) IDE.openEditor(workbenchPage, project.getFile(DOCUMENT), AnnotationEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		session = editor.session();
		Ui.run(() -> {
			shell = new Shell(editor.getSite().getShell());
			shell.setLayout(new FillLayout());
			page = new AnnotationPropertySheetPage(session);
			page.createControl(shell);
			shell.setSize(500, 400);
			shell.open();
		});
	}

	@AfterEach
	void closeAll() throws IOException, CoreException {
		Ui.run(() -> {
			page.dispose();
			shell.dispose();
			editor.getSite().getPage().closeEditor(editor, false);
		});
		if (previousAnnotator == null) {
			InstanceScope.INSTANCE.getNode("org.attest.ui").remove(Annotators.PREFERENCE);
		} else {
			Annotators.set(previousAnnotator);
		}
		project.delete(false, true, null);
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void aTextSelectionInsideAClaimShowsTheClaim() {
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(30, 5)));

		Ui.waitUntil("the claim's properties", () -> rows().containsKey("Credibility"));
		Map<String, String> rows = Ui.sync(this::rows);
		assertEquals(FIRST_CLAIM, rows.get("Quote"));
		assertEquals("mostly-true", rows.get("Credibility"));
		assertEquals("17", rows.get("Begin"));
	}

	@Test
	void aTextSelectionInASourceMentionShowsTheMentionAndItsSource() {
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(IN_A_SOURCE_MENTION, 0)));

		Ui.waitUntil("the source mention's properties", () -> rows().containsKey("Source"));
		Map<String, String> rows = Ui.sync(this::rows);
		assertEquals("Dr. Ilse Vantongeren", rows.get("Quote"));
		assertEquals("Ilse Vantongeren (person)", rows.get("Source"));
	}

	@Test
	void aTextSelectionOutsideEveryAnnotationShowsNothing() {
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(30, 0)));
		Ui.waitUntil("the claim's properties", () -> !rows().isEmpty());

		Ui.run(() -> page.selectionChanged(editor, new TextSelection(3, 0)));

		Ui.waitUntil("an empty sheet", () -> rows().isEmpty());
	}

	@Test
	void aSelectionOfModelObjectsPassesThrough() {
		Source source = session.store().corpus().getSources().get(0);
		Ui.run(() -> page.selectionChanged(editor, new StructuredSelection(source)));

		Ui.waitUntil("the source's properties", () -> source.getName().equals(rows().get("Name")));
	}

	@Test
	void theSheetFollowsAnEditAndItsUndoAndTheEditMakesTheEditorDirty() {
		ClaimMention claim = (ClaimMention) session.spanAt(30).orElseThrow();
		assertEquals(FIRST_CLAIM, claim.getQuote());
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(30, 0)));
		Ui.waitUntil("the claim's credibility", () -> "mostly-true".equals(rows().get("Credibility")));

		Ui.run(() -> {
			IPropertySource properties = new ItemPropertySourceProvider(session.adapterFactory()).getPropertySource(claim);
			IPropertyDescriptor credibility = Arrays.stream(properties.getPropertyDescriptors())
					.filter(descriptor -> "Credibility".equals(descriptor.getDisplayName())).findFirst().orElseThrow();
			properties.setPropertyValue(credibility.getId(), "false");
		});
		assertEquals("false", claim.getCredibility());
		Ui.waitUntil("the new credibility in the sheet", () -> "false".equals(rows().get("Credibility")));
		assertTrue(Ui.sync(editor::isDirty), "the edit did not make the editor dirty");

		Ui.run(session.commandStack()::undo);
		Ui.waitUntil("the old credibility in the sheet after undo", () -> "mostly-true".equals(rows().get("Credibility")));
		assertEquals("mostly-true", claim.getCredibility());
	}

	@Test
	void choosingACredibilityInTheSheetsComboSetsItOnTheCommandStack() {
		ClaimMention claim = (ClaimMention) session.spanAt(30).orElseThrow();
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(30, 0)));
		Ui.waitUntil("the claim's credibility", () -> "mostly-true".equals(rows().get("Credibility")));

		Ui.run(() -> {
			Tree tree = (Tree) page.getControl();
			// what the sheet does when a person picks from the row's combo and leaves it
			PropertySheetEntry entry = entry(tree, "Credibility");
			CCombo combo = (CCombo) entry.getEditor(tree).getControl();
			assertEquals(List.of("", "true", "mostly-true", "half-true", "barely-true", "false", "pants-fire", "unverifiable"),
					List.of(combo.getItems()));
			combo.select(List.of(combo.getItems()).indexOf("barely-true"));
			combo.notifyListeners(SWT.Selection, new Event());
			entry.applyEditorValue();
		});

		assertEquals("barely-true", claim.getCredibility());
		Ui.waitUntil("the chosen credibility in the sheet", () -> "barely-true".equals(rows().get("Credibility")));
		Ui.run(session.commandStack()::undo);
		assertEquals("mostly-true", claim.getCredibility());
	}

	@Test
	void editingAReferenceReadsNoOtherDocument() {
		List<URI> loaded = session.store().resourceSet().getResources().stream().map(Resource::getURI).toList();
		Ui.run(() -> page.selectionChanged(editor, new TextSelection(IN_A_SOURCE_MENTION, 0)));
		Ui.waitUntil("the source mention's properties", () -> rows().containsKey("Source"));

		List<Object> sources = Ui.sync(() -> {
			Tree tree = (Tree) page.getControl();
			return ((ChoiceCellEditor) entry(tree, "Source").getEditor(tree)).choices();
		});

		assertNull(sources.get(0), "a mention's source is optional, so it can be unset");
		assertEquals(session.store().corpus().getSources(), sources.subList(1, sources.size()));
		assertEquals(loaded, session.store().resourceSet().getResources().stream().map(Resource::getURI).toList());
	}

	/** The sheet's rows as it shows them, property name to value text; call on the UI thread. */
	private Map<String, String> rows() {
		Map<String, String> rows = new LinkedHashMap<>();
		for (TreeItem item : ((Tree) page.getControl()).getItems()) {
			rows.put(item.getText(0), item.getText(1));
		}
		return rows;
	}

	/** The sheet's entry behind a row; call on the UI thread. */
	private static PropertySheetEntry entry(Tree tree, String property) {
		return Arrays.stream(tree.getItems()).filter(item -> property.equals(item.getText(0))).findFirst()
				.map(item -> (PropertySheetEntry) item.getData()).orElseThrow(() -> new AssertionError("no row " + property));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
