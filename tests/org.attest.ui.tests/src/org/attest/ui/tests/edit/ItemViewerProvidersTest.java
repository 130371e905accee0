package org.attest.ui.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.ui.internal.edit.ItemContentProvider;
import org.attest.ui.internal.edit.ItemLabelProvider;
import org.attest.ui.tests.harness.Ui;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tree of a corpus, shown and kept up to date by the item content and label providers. */
class ItemViewerProvidersTest {

	private final EditingFixture model = new EditingFixture();
	private Shell shell;
	private TreeViewer viewer;

	@BeforeEach
	void showTheCorpus() {
		Ui.run(() -> {
			shell = new Shell(PlatformUI.getWorkbench().getDisplay());
			shell.setLayout(new FillLayout());
			viewer = new TreeViewer(shell);
			viewer.setContentProvider(new ItemContentProvider(model.adapterFactory));
			viewer.setLabelProvider(new ItemLabelProvider(model.adapterFactory));
			viewer.setInput(model.corpus);
			shell.setSize(400, 300);
			shell.open();
		});
	}

	@AfterEach
	void close() {
		Ui.run(shell::dispose);
		model.dispose();
	}

	@Test
	void theCorpusShowsItsSourcesByTheirReadableLabelsWithTheirIcons() {
		List<String> rows = topRows();
		assertTrue(rows.containsAll(List.of("Ilse Varga (person)", "Upper Halvane Water Authority (government)")),
				"rows: " + rows);
		assertNotNull(Ui.sync(() -> row("Ilse Varga (person)").getImage()), "a source row has no icon");
	}

	@Test
	void theSchemaExpandsIntoItsLabelSets() {
		List<String> children = Ui.sync(() -> {
			TreeItem schema = row("Label Schema");
			viewer.setExpandedState(schema.getData(), true);
			return Arrays.stream(schema.getItems()).map(TreeItem::getText).toList();
		});
		assertEquals(List.of("Stance", "Credibility", "Reliability"), children);
	}

	@Test
	void aRenamedSourceIsRelabelledEvenWhenRenamedOffTheUiThread() {
		// the test runs outside the UI thread, so the notification arrives there too
		model.commandStack().execute(SetCommand.create(model.domain, model.ilse, AttestPackage.Literals.SOURCE__NAME, "Ilse Varga-Lund"));

		Ui.waitUntil("the renamed source's row", () -> topRows().contains("Ilse Varga-Lund (person)"));
	}

	@Test
	void anAddedSourceAppearsAndGoesAgainOnUndo() {
		Source added = AttestFactory.eINSTANCE.createSource();
		added.setName("Kessick Harbor Fishermen's Cooperative");
		added.setKind(SourceKind.ORGANIZATION);
		Ui.run(() -> model.commandStack()
				.execute(AddCommand.create(model.domain, model.corpus, AttestPackage.Literals.CORPUS__SOURCES, added)));
		String row = "Kessick Harbor Fishermen's Cooperative (organization)";
		Ui.waitUntil("the added source's row", () -> topRows().contains(row));

		Ui.run(model.commandStack()::undo);
		Ui.waitUntil("the added source's row to go", () -> !topRows().contains(row));
	}

	private List<String> topRows() {
		return Ui.sync(() -> Arrays.stream(viewer.getTree().getItems()).map(TreeItem::getText).toList());
	}

	private TreeItem row(String text) {
		return Arrays.stream(viewer.getTree().getItems()).filter(item -> text.equals(item.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + text));
	}
}
