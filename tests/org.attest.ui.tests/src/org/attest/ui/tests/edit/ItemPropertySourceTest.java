package org.attest.ui.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.ClaimType;
import org.attest.model.Label;
import org.attest.model.SourceKind;
import org.attest.ui.internal.edit.ChoiceCellEditor;
import org.attest.ui.internal.edit.ItemPropertySourceProvider;
import org.attest.ui.tests.harness.Ui;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The properties of model objects as the property sheet sees them: names, values, the cell editors that fit
 * each feature, and edits that land in the model as undoable commands.
 */
class ItemPropertySourceTest {

	private final EditingFixture model = new EditingFixture();
	private final ItemPropertySourceProvider provider = new ItemPropertySourceProvider(model.adapterFactory);
	private Shell shell;

	@BeforeEach
	void openAShellForCellEditors() {
		shell = Ui.sync(() -> new Shell(PlatformUI.getWorkbench().getDisplay()));
	}

	@AfterEach
	void close() {
		Ui.run(shell::dispose);
		model.dispose();
	}

	@Test
	void aClaimListsItsPropertiesByTheirDisplayNames() {
		List<String> names = Arrays.stream(properties(model.claim).getPropertyDescriptors())
				.map(IPropertyDescriptor::getDisplayName).toList();

		assertEquals(List.of("Id", "Begin", "End", "Quote", "Prefix", "Suffix", "Claim Type", "Checkworthy", "Credibility", "Note"),
				names);
	}

	@Test
	void valuesAreModelValuesShownAsTheItemProviderWordsThem() {
		IPropertySource claim = properties(model.claim);
		assertEquals("the dam will be finished by spring", value(claim, "Quote"));
		assertEquals(ClaimType.PREDICTION, value(claim, "Claim Type"));
		assertEquals(12, value(claim, "Begin"));

		IPropertySource attribution = properties(model.attribution);
		assertSame(model.ilse, value(attribution, "Source"));
		assertEquals("Ilse Varga (person)", descriptor(attribution, "Source").getLabelProvider().getText(model.ilse));
	}

	@Test
	void settingTheCredibilityChangesTheClaimAndUndoRestoresIt() {
		setValue(properties(model.claim), "Credibility", "false");
		assertEquals("false", model.claim.getCredibility());

		assertTrue(model.commandStack().canUndo(), "the change is not on the command stack");
		model.commandStack().undo();
		assertEquals("half-true", model.claim.getCredibility());
		model.commandStack().redo();
		assertEquals("false", model.claim.getCredibility());
	}

	@Test
	void settingTheCurrentValueAgainRunsNoCommand() {
		setValue(properties(model.claim), "Credibility", "half-true");

		assertFalse(model.commandStack().canUndo());
	}

	@Test
	void labelIdPropertiesOfferTheSchemasLabelsOfTheirSetAndUnset() {
		assertEquals(unsetOr(labelIds(DefaultLabelSchema.CREDIBILITY)), choices(model.claim, "Credibility"));
		assertEquals(unsetOr(labelIds(DefaultLabelSchema.STANCE)), choices(model.attribution, "Stance"));
		assertEquals(unsetOr(labelIds(DefaultLabelSchema.RELIABILITY)), choices(model.ilse, "Reliability"));
	}

	@Test
	void aLabelIdTheSchemaLacksStaysTheValueWhenTheEditorOpens() {
		model.claim.setCredibility("legacy-id");
		Object value = Ui.sync(() -> {
			CellEditor editor = editor(model.claim, "Credibility");
			editor.setValue("legacy-id");
			return editor.getValue();
		});

		assertEquals("legacy-id", value);
	}

	@Test
	void withoutASchemaALabelIdIsEditedAsText() {
		model.corpus.setSchema(null);

		assertInstanceOf(Text.class, Ui.sync(() -> editor(model.claim, "Credibility").getControl()));
	}

	@Test
	void anEnumIsChosenFromItsLiteralsAndSetUndoably() {
		assertEquals(SourceKind.VALUES, choices(model.ilse, "Kind"));

		setValue(properties(model.ilse), "Kind", SourceKind.ORGANIZATION);
		assertEquals(SourceKind.ORGANIZATION, model.ilse.getKind());
		model.commandStack().undo();
		assertEquals(SourceKind.PERSON, model.ilse.getKind());
	}

	@Test
	void aBooleanIsChosenFromTrueAndFalse() {
		assertEquals(List.of(true, false), choices(model.claim, "Checkworthy"));

		setValue(properties(model.claim), "Checkworthy", true);
		assertTrue(model.claim.isCheckworthy());
	}

	@Test
	void aSingleReferenceIsChosenFromTheLoadedObjectsOfItsTypeAndSetUndoably() {
		assertEquals(List.of(model.ilse, model.authority), choices(model.attribution, "Source"));

		setValue(properties(model.attribution), "Source", model.authority);
		assertSame(model.authority, model.attribution.getSource());
		model.commandStack().undo();
		assertSame(model.ilse, model.attribution.getSource());
	}

	@Test
	void anOptionalReferenceCanBeUnset() {
		assertEquals(unsetOr(List.of()), choices(model.attribution, "Mention"));
	}

	@Test
	void aliasesAreEditedAsCommaSeparatedText() {
		Object typed = Ui.sync(() -> {
			CellEditor editor = editor(model.ilse, "Aliases");
			editor.setValue(value(properties(model.ilse), "Aliases"));
			Text text = (Text) editor.getControl();
			assertEquals("Councillor Varga", text.getText());
			text.setText("Councillor Varga,  I. Varga , ");
			return editor.getValue();
		});
		assertEquals(List.of("Councillor Varga", "I. Varga"), typed);

		setValue(properties(model.ilse), "Aliases", typed);
		assertEquals(List.of("Councillor Varga", "I. Varga"), model.ilse.getAliases());
		model.commandStack().undo();
		assertEquals(List.of("Councillor Varga"), model.ilse.getAliases());
	}

	@Test
	void anIntegerMustBeANumberToBeAccepted() {
		Object typed = Ui.sync(() -> {
			CellEditor editor = editor(model.claim, "Begin");
			editor.setValue(12);
			Text text = (Text) editor.getControl();
			text.setText("twelve");
			assertFalse(editor.isValueValid(), "a word was accepted as a number");
			assertTrue(editor.getErrorMessage().contains("twelve"), editor.getErrorMessage());
			text.setText(" 14 ");
			assertTrue(editor.isValueValid(), editor.getErrorMessage());
			return editor.getValue();
		});
		assertEquals(14, typed);

		setValue(properties(model.claim), "Begin", typed);
		assertEquals(14, model.claim.getBegin());
	}

	@Test
	void clearingATextUnsetsIt() {
		model.claim.setNote("check the budget");
		Object typed = Ui.sync(() -> {
			CellEditor editor = editor(model.claim, "Note");
			editor.setValue(model.claim.getNote());
			((Text) editor.getControl()).setText("");
			return editor.getValue();
		});
		assertNull(typed);

		setValue(properties(model.claim), "Note", typed);
		assertNull(model.claim.getNote());
	}

	private IPropertySource properties(Object object) {
		return provider.getPropertySource(object);
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> displayName.equals(d.getDisplayName()))
				.findFirst().orElseThrow(() -> new AssertionError("no property " + displayName));
	}

	private static Object value(IPropertySource source, String displayName) {
		return source.getPropertyValue(descriptor(source, displayName).getId());
	}

	private static void setValue(IPropertySource source, String displayName, Object value) {
		source.setPropertyValue(descriptor(source, displayName).getId(), value);
	}

	/** The property's cell editor; call on the UI thread. */
	private CellEditor editor(Object object, String displayName) {
		return descriptor(properties(object), displayName).createPropertyEditor(shell);
	}

	private List<Object> choices(Object object, String displayName) {
		return Ui.sync(() -> assertInstanceOf(ChoiceCellEditor.class, editor(object, displayName)).choices());
	}

	private List<String> labelIds(String setId) {
		return LabelSets.find(model.corpus.getSchema(), setId).orElseThrow().getLabels().stream().map(Label::getId).toList();
	}

	private static List<Object> unsetOr(List<?> choices) {
		List<Object> all = new ArrayList<>();
		all.add(null);
		all.addAll(choices);
		return all;
	}
}
