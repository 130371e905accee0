package org.attest.ui.internal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** One "Accept ‹annotator›'s" item per annotator of the active Curation view (the keys 1 to 9 are bound to them). */
public class AcceptMenu extends CompoundContributionItem {

	private static final String ACCEPT = "org.attest.ui.curation.accept"; //$NON-NLS-1$

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null || !(page.getActivePart() instanceof CurationView view)) {
			return new IContributionItem[0];
		}
		List<String> annotators = view.annotators();
		List<IContributionItem> items = new ArrayList<>();
		for (int i = 0; i < annotators.size(); i++) {
			String number = Integer.toString(i + 1);
			CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					ACCEPT + '.' + number, ACCEPT, SWT.PUSH);
			item.label = NLS.bind(Messages.AcceptMenu_accept, annotators.get(i)); // the menu adds the key bound to it
			item.parameters = Map.of(AcceptHandler.ANNOTATOR_PARAMETER, number);
			items.add(new CommandContributionItem(item));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
