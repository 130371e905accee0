package org.attest.ui.internal.editor;

import java.util.Map;
import java.util.Optional;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * One key per label, taken from the schema: in the read-only text, typing a stance label's key sets that
 * stance and typing a credibility label's key sets that credibility, through the same commands as the menus.
 */
final class LabelKeys implements VerifyKeyListener {

	static final String SET_STANCE = "org.attest.ui.setStance"; //$NON-NLS-1$
	static final String SET_CREDIBILITY = "org.attest.ui.setCredibility"; //$NON-NLS-1$
	private static final String LABEL_PARAMETER = "org.attest.ui.label"; //$NON-NLS-1$

	private final LabelSchema schema;
	private final IServiceLocator services;

	LabelKeys(LabelSchema schema, IServiceLocator services) {
		this.schema = schema;
		this.services = services;
	}

	@Override
	public void verifyKey(VerifyEvent event) {
		if ((event.stateMask & (SWT.MODIFIER_MASK & ~SWT.SHIFT)) != 0 || event.character == 0) {
			return;
		}
		String key = String.valueOf(event.character);
		Optional<Label> stance = labelWithKey(DefaultLabelSchema.STANCE, key);
		Optional<Label> credibility = labelWithKey(DefaultLabelSchema.CREDIBILITY, key);
		if (stance.isPresent()) {
			execute(SET_STANCE, stance.get().getId());
			event.doit = false;
		} else if (credibility.isPresent()) {
			execute(SET_CREDIBILITY, credibility.get().getId());
			event.doit = false;
		}
	}

	private Optional<Label> labelWithKey(String setId, String key) {
		return LabelSets.find(schema, setId).flatMap(set -> set.getLabels().stream()
				.filter(label -> key.equalsIgnoreCase(label.getKey())).findFirst());
	}

	private void execute(String commandId, String labelId) {
		Command command = services.getService(ICommandService.class).getCommand(commandId);
		try {
			services.getService(IHandlerService.class).executeCommand(
					ParameterizedCommand.generateCommand(command, Map.of(LABEL_PARAMETER, labelId)), null);
		} catch (CommandException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}
}
