package org.attest.core.text;

/**
 * The characters a corpus file can hold. Corpus files are XML 1.0, which has no way to write most C0 control
 * characters (all but tab, line feed and carriage return), the noncharacters U+FFFE and U+FFFF, or a surrogate
 * without its other half, not even as a character reference: EMF refuses to save a model holding one. Importers
 * check their text with this, so that what they import can be saved.
 *
 * @see <a href="https://www.w3.org/TR/xml/#charsets">XML 1.0, 2.2 Characters</a>
 */
public final class StorableText {

	private StorableText() {
	}

	/** The UTF-16 index of the first character of {@code text} a corpus file cannot hold, or -1 if there is none. */
	public static int firstUnstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (!isStorable(c)) {
				return i;
			}
		}
		return -1;
	}

	/** {@code text} without the characters a corpus file cannot hold. */
	public static String withoutUnstorable(String text) {
		int first = firstUnstorable(text);
		if (first < 0) {
			return text;
		}
		StringBuilder storable = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				storable.append(c).append(text.charAt(++i));
			} else if (isStorable(c)) {
				storable.append(c);
			}
		}
		return storable.toString();
	}

	/** The character as Unicode writes it, {@code U+000C}, for messages. */
	public static String name(int codePoint) {
		return String.format("U+%04X", codePoint); //$NON-NLS-1$
	}

	/** Whether a UTF-16 unit that is not half of a surrogate pair can be written. */
	private static boolean isStorable(char c) {
		return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
	}
}
