package org.attest.ui.internal.views;

import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the active annotation editor's session (followed by an {@link AnnotationEditorTracker}), or of a
 * message saying what to open when there is none. It refreshes after every change to the session's layer or
 * corpus, whichever command, undo or redo made it, so subclasses only say what they show.
 */
public abstract class AnnotationSessionView extends ViewPart {

	private PageBook book;
	private Label message;
	private Control content;
	private ModelChangeRefresher refresher;
	private AnnotationEditorTracker tracker;
	private AnnotationEditor editor;
	private AnnotationSession session;

	@Override
	public final void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		message = new Label(book, SWT.WRAP);
		message.setText(noSessionMessage());
		content = createContent(book);
		refresher = new ModelChangeRefresher(parent.getDisplay(), () -> {
			if (!book.isDisposed()) {
				refresh();
			}
		});
		tracker = new AnnotationEditorTracker(getSite().getPage(), this::follow);
		tracker.start();
	}

	/** Creates the controls that show a session, below {@code parent}. */
	protected abstract Control createContent(Composite parent);

	/** What the view says when no annotation editor is active. */
	protected abstract String noSessionMessage();

	/** Shows the session, or nothing for {@code null}. */
	protected abstract void show(AnnotationSession shown);

	/** Shows the current session's model again, after it changed. */
	protected abstract void refresh();

	/** The editor whose session is shown; {@code null} when none is. */
	protected AnnotationEditor editor() {
		return editor;
	}

	/** The session shown; {@code null} when none is. */
	protected AnnotationSession session() {
		return session;
	}

	private void follow(AnnotationEditor next) {
		refresher.unobserve();
		editor = next;
		session = next == null ? null : next.getAdapter(AnnotationSession.class);
		if (session != null) {
			refresher.observe(session.layer(), session.store().corpus());
		}
		book.showPage(session == null ? message : content);
		show(session);
	}

	@Override
	public void setFocus() {
		(session == null ? message : content).setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.stop();
			refresher.unobserve();
		}
		super.dispose();
	}
}
