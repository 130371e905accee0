package org.attest.ui.internal.handlers;

import java.util.List;
import java.util.Map;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.Label;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * One menu item per label of a set of the active document's schema, each running the set's command with the
 * label as parameter and showing the label's key.
 */
public abstract class LabelMenu extends CompoundContributionItem {

	private final String setId;
	private final String commandId;
	private final String format;

	LabelMenu(String setId, String commandId, String format) {
		this.setId = setId;
		this.commandId = commandId;
		this.format = format;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = page == null ? null : page.getActiveEditor();
		if (!(part instanceof AnnotationEditor editor) || editor.session() == null) {
			return new IContributionItem[0];
		}
		List<Label> labels = LabelSets.find(editor.session().schema(), setId).map(set -> List.copyOf(set.getLabels()))
				.orElse(List.of());
		return labels.stream().map(label -> {
			CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					commandId + '.' + label.getId(), commandId, SWT.PUSH);
			item.label = NLS.bind(format, label.getName()) + (label.getKey() == null ? "" : '\t' + label.getKey()); //$NON-NLS-1$
			item.parameters = Map.of(SetLabelHandler.LABEL_PARAMETER, label.getId());
			return (IContributionItem) new CommandContributionItem(item);
		}).toArray(IContributionItem[]::new);
	}

	/** The stance labels. */
	public static class Stance extends LabelMenu {
		public Stance() {
			super(DefaultLabelSchema.STANCE, "org.attest.ui.setStance", Messages.LabelMenu_stance); //$NON-NLS-1$
		}
	}

	/** The credibility labels. */
	public static class Credibility extends LabelMenu {
		public Credibility() {
			super(DefaultLabelSchema.CREDIBILITY, "org.attest.ui.setCredibility", Messages.LabelMenu_credibility); //$NON-NLS-1$
		}
	}
}
