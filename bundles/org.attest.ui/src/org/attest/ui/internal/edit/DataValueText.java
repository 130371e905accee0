package org.attest.ui.internal.edit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * How the values of an attribute read and write as text, through the model's own conversion of its data
 * type: a number as digits, a string as itself, where the empty text unsets it. A many-valued attribute
 * (a source's aliases) is one comma-separated line, so a value can hold no comma of its own.
 */
final class DataValueText {

	private static final String SEPARATOR = ","; //$NON-NLS-1$
	private static final String JOINER = SEPARATOR + " "; //$NON-NLS-1$

	private final EDataType type;
	private final boolean many;

	DataValueText(EDataType type, boolean many) {
		this.type = type;
		this.many = many;
	}

	/** The value as text; {@code ""} for none. */
	String format(Object value) {
		if (value instanceof List<?> values) {
			return values.stream().map(this::formatOne).collect(Collectors.joining(JOINER));
		}
		return formatOne(value);
	}

	/** The value the text stands for: a list for a many-valued attribute. */
	Object parse(String text) {
		if (many) {
			return Arrays.stream(text.split(SEPARATOR)).map(String::strip).filter(part -> !part.isEmpty())
					.map(this::parseOne).toList();
		}
		return parseOne(text);
	}

	/** Why the text stands for no value of the type, or {@code null} when it does. */
	String problem(String text) {
		try {
			parse(text);
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.DataValueText_invalid, text.strip(), type.getInstanceClass().getSimpleName());
		}
	}

	private String formatOne(Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	private Object parseOne(String text) {
		if (type.getInstanceClass() == String.class) {
			return text.isEmpty() ? null : text;
		}
		return EcoreUtil.createFromString(type, text.strip());
	}
}
