package org.attest.ui.tests.harness;

import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Page object for the annotation editor ({@link AnnotationEditor}) on one document: its text, selection and
 * caret as a person makes them, its keys, its session, saving and closing. Offsets are those of the
 * editor's text, in UTF-16 units as Java strings count (an emoji takes two).
 */
public final class AnnotationEditorTester {

	private final IWorkbenchPage page;
	private final AnnotationEditor editor;
	private final StyledText text;

	private AnnotationEditorTester(IWorkbenchPage page, AnnotationEditor editor, StyledText text) {
		this.page = page;
		this.editor = editor;
		this.text = text;
	}

	/** Opens a document file ({@code documents/<id>.attest}) in the annotation editor, as a double click does. */
	public static AnnotationEditorTester open(IFile document) {
		IWorkbenchPage page = new WorkbenchTester().page();
		return Ui.sync(() -> {
			IEditorPart part;
			try {
				part = IDE.openEditor(page, document, AnnotationEditor.ID, true);
			} catch (PartInitException e) {
				throw new AssertionError("cannot open " + document.getFullPath() + " in the annotation editor", e);
			}
			if (!(part instanceof AnnotationEditor editor)
					|| !(editor.getAdapter(Control.class) instanceof StyledText text)) {
				throw new AssertionError(document.getFullPath() + " opened in " + part.getSite().getId()
						+ ", not as text in " + AnnotationEditor.ID);
			}
			return new AnnotationEditorTester(page, editor, text);
		});
	}

	public AnnotationEditor editor() {
		return editor;
	}

	/** The widget showing the document's text. */
	public StyledText styledText() {
		return text;
	}

	/** A keyboard typing into the editor's text. */
	public Keyboard keyboard() {
		return Keyboard.on(text);
	}

	/** Brings the editor to the front and activates it, as a click on its tab does. */
	public void activate() {
		Ui.run(() -> page.activate(editor));
	}

	/**
	 * Presses keys with the focus in the editor's text (see {@link Keyboard#press(String)}), bringing the editor
	 * to the front first, as a person clicks into an editor behind another before typing.
	 */
	public void press(String shortcut) {
		activate();
		keyboard().press(shortcut);
	}

	/** The document's text as the editor shows it. */
	public String text() {
		return Ui.sync(text::getText);
	}

	/**
	 * Selects text from {@code begin} to {@code end} as a drag of the mouse does: the widget's selection
	 * changes and it tells its listeners, so the editor, its selection provider and the views following the
	 * selection all hear of it. The caret ends at {@code end}; the editor comes to the front first.
	 */
	public void select(int begin, int end) {
		activate();
		Ui.run(() -> {
			text.setSelection(begin, end);
			// what StyledText sends when the mouse changes the selection; setSelection alone notifies no one
			Event selected = new Event();
			selected.x = text.getSelection().x;
			selected.y = text.getSelection().y;
			text.notifyListeners(SWT.Selection, selected);
		});
		Ui.awaitQueuedEvents();
	}

	/** Selects the one occurrence of the quote in the text; fails if there is none or more than one. */
	public void selectText(String quote) {
		String shown = text();
		int begin = shown.indexOf(quote);
		if (begin < 0) {
			throw new AssertionError("the text does not contain \"" + quote + "\"");
		}
		if (shown.indexOf(quote, begin + 1) >= 0) {
			throw new AssertionError("the text contains \"" + quote + "\" more than once");
		}
		select(begin, begin + quote.length());
	}

	/** Puts the caret at the offset with nothing selected, as a click there does. */
	public void caretTo(int offset) {
		select(offset, offset);
	}

	public int caretOffset() {
		return Ui.sync(text::getCaretOffset);
	}

	/** What the editor's selection provider reports, as views and commands see it. */
	public ITextSelection selection() {
		return Ui.sync(() -> {
			ISelection selection = editor.getSelectionProvider().getSelection();
			if (!(selection instanceof ITextSelection textSelection)) {
				throw new AssertionError("the editor reports no text selection but " + selection);
			}
			return textSelection;
		});
	}

	/** The annotator's session, as views reach it through the editor. */
	public AnnotationSession session() {
		return Ui.sync(() -> editor.getAdapter(AnnotationSession.class));
	}

	public boolean isDirty() {
		return Ui.sync(editor::isDirty);
	}

	/** Saves with the keyboard (M1+S) and waits until the editor is clean. */
	public void save() {
		press("M1+S");
		Ui.waitUntil("the editor " + editor.getTitle() + " saved", () -> !editor.isDirty());
	}

	/**
	 * Closes the editor, dropping unsaved changes, as a test's cleanup needs; a person's M1+W on a dirty
	 * editor would ask whether to save (drive that with {@link #press(String)}).
	 */
	public void close() {
		Ui.run(() -> page.closeEditor(editor, false));
		Ui.waitUntil("the editor " + editor.getTitle() + " closed",
				() -> page.findEditor(editor.getEditorInput()) == null);
	}
}
