package org.attest.ui.tests.harness;

/**
 * Labels of menu items and buttons as a person reads them: without the mnemonic markers ({@code &}) and without
 * the accelerator text SWT appends after a tab ({@code "&Undo\tCtrl+Z"} reads "Undo").
 */
public final class Labels {

	private Labels() {
	}

	/** The label as shown on screen. */
	public static String plain(String label) {
		int tab = label.indexOf('\t');
		String text = tab < 0 ? label : label.substring(0, tab);
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' && i + 1 < text.length()) {
				// "&&" shows one ampersand; a single '&' marks the next letter as the mnemonic
				c = text.charAt(++i);
			}
			plain.append(c);
		}
		return plain.toString().trim();
	}
}
