package org.attest.ui.internal.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.attest.core.annotate.AnnotationCommands;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.attest.ui.internal.editor.AnnotationSession;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks a registry source from the keyboard: type part of a name or alias, arrows move, Enter takes the
 * highlighted row. Sources mentioned in the document come first, nearest to where the annotator works; when
 * creating is allowed and no source has the typed name, the first row creates one.
 */
final class SourcePickerDialog extends Dialog {

	/** A row of the list: an existing source, or the source that would be created. */
	private record Entry(Source source, String name) {
		boolean isNew() {
			return source == null;
		}
	}

	private final AnnotationSession session;
	private final String initialName;
	private final int nearOffset;
	private final boolean allowNew;
	private final List<Source> ordered;
	private Text filter;
	private TableViewer list;
	private Source chosen;

	SourcePickerDialog(Shell parent, AnnotationSession session, String initialName, int nearOffset, boolean allowNew) {
		super(parent);
		this.session = session;
		this.initialName = initialName;
		this.nearOffset = nearOffset;
		this.allowNew = allowNew;
		this.ordered = orderedSources();
	}

	/** Opens the dialog; the chosen source, new ones not yet in the registry. */
	Optional<Source> choose() {
		return open() == OK ? Optional.ofNullable(chosen) : Optional.empty();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(allowNew ? Messages.SourcePickerDialog_markTitle : Messages.SourcePickerDialog_linkTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		new Label(area, SWT.NONE).setText(Messages.SourcePickerDialog_prompt);
		filter = new Text(area, SWT.BORDER | SWT.SEARCH);
		filter.setText(initialName);
		filter.selectAll();
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		list = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(LabelProvider.createTextProvider(element -> label((Entry) element)));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 260).applyTo(list.getControl());
		filter.addModifyListener(e -> refresh());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
				move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
				e.doit = false;
			}
		});
		list.addDoubleClickListener(e -> okPressed());
		refresh();
		return area;
	}

	@Override
	protected void okPressed() {
		Entry entry = (Entry) list.getStructuredSelection().getFirstElement();
		if (entry == null) {
			return;
		}
		chosen = entry.isNew() ? AnnotationCommands.newSource(session.store().corpus(), entry.name(), SourceKind.PERSON) : entry.source();
		super.okPressed();
	}

	private void refresh() {
		String typed = filter.getText().strip();
		String needle = typed.toLowerCase(Locale.ROOT);
		List<Entry> entries = new ArrayList<>();
		boolean exact = false;
		for (Source source : ordered) {
			if (matches(source, needle)) {
				entries.add(new Entry(source, source.getName()));
				exact |= typed.equalsIgnoreCase(source.getName());
			}
		}
		if (allowNew && !typed.isEmpty() && !exact) {
			entries.add(0, new Entry(null, typed));
		}
		list.setInput(entries);
		if (!entries.isEmpty()) {
			list.setSelection(new StructuredSelection(entries.get(0)), true);
		}
		Button ok = getButton(OK);
		if (ok != null) { // not yet there while the dialog area is built
			ok.setEnabled(!entries.isEmpty());
		}
	}

	@Override
	protected Control createButtonBar(Composite parent) {
		Control bar = super.createButtonBar(parent);
		refresh();
		return bar;
	}

	private void move(int step) {
		int count = list.getTable().getItemCount();
		if (count > 0) {
			int index = Math.floorMod(list.getTable().getSelectionIndex() + step, count);
			list.setSelection(new StructuredSelection(list.getElementAt(index)), true);
		}
	}

	private static boolean matches(Source source, String needle) {
		if (needle.isEmpty() || source.getName() != null && source.getName().toLowerCase(Locale.ROOT).contains(needle)) {
			return true;
		}
		return source.getAliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(needle));
	}

	private static String label(Entry entry) {
		if (entry.isNew()) {
			return NLS.bind(Messages.SourcePickerDialog_newSource, entry.name());
		}
		Source source = entry.source();
		return source.getKind() == null ? source.getName() : source.getName() + " (" + source.getKind().getLiteral() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Sources mentioned in the layer, nearest mention first, then the rest of the registry by name. */
	private List<Source> orderedSources() {
		Map<Source, Integer> distance = new LinkedHashMap<>();
		for (SourceMention mention : session.layer().getSourceMentions()) {
			if (mention.getSource() != null) {
				distance.merge(mention.getSource(), Math.abs(mention.getBegin() - nearOffset), Math::min);
			}
		}
		List<Source> sources = new ArrayList<>(session.store().corpus().getSources());
		sources.sort(Comparator.<Source>comparingInt(s -> distance.getOrDefault(s, Integer.MAX_VALUE))
				.thenComparing(s -> String.valueOf(s.getName()), String.CASE_INSENSITIVE_ORDER));
		return sources;
	}
}
