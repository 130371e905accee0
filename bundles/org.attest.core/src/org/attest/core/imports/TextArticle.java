package org.attest.core.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article split into its header and body, by the conventions of the sample articles:
 *
 * <pre>
 * Headline                               the title: the first non-empty line
 *
 * By Author Name, Outlet Name            optional byline: author, and outlet after the first ", "
 * Published 2026-03-14                   optional date: ISO yyyy-mm-dd
 *
 * Body…
 * </pre>
 *
 * A byline is a line starting with "By " (case as written), at most {@value #MAX_BYLINE_LENGTH} characters,
 * not ending like a sentence, so that a first paragraph such as "By Friday, the ministry had…" is not taken
 * for one. Only when a byline or date follows the headline is the header recognized and cut from the text;
 * otherwise the first line may just as well be the first paragraph, so the text is kept whole.
 */
record TextArticle(String title, String author, String outlet, String published, String body) {

	static final int MAX_BYLINE_LENGTH = 120;
	private static final Pattern BYLINE = Pattern.compile("By\\s+(.+?)(?:,\\s+(.+))?"); //$NON-NLS-1$
	private static final Pattern DATE = Pattern.compile("Published\\s+(\\d{4}-\\d{2}-\\d{2})"); //$NON-NLS-1$
	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’]$"); //$NON-NLS-1$

	/** Parses text with LF line ends. */
	static TextArticle parse(String text) {
		List<String> lines = Arrays.asList(text.split("\n", -1)); //$NON-NLS-1$
		int titleLine = nextNonBlank(lines, 0);
		if (titleLine == lines.size()) {
			return new TextArticle(null, null, null, null, text);
		}
		String title = lines.get(titleLine).strip();
		String author = null;
		String outlet = null;
		String published = null;
		int bodyStart = -1;
		for (int i = nextNonBlank(lines, titleLine + 1); i < lines.size(); i = nextNonBlank(lines, i + 1)) {
			String line = lines.get(i).strip();
			Matcher byline = BYLINE.matcher(line);
			Matcher date = DATE.matcher(line);
			if (author == null && isByline(line) && byline.matches()) {
				author = byline.group(1).strip();
				outlet = byline.group(2) == null ? null : byline.group(2).strip();
			} else if (published == null && date.matches() && isDate(date.group(1))) {
				published = date.group(1);
			} else {
				break;
			}
			bodyStart = i + 1;
		}
		if (bodyStart < 0) {
			return new TextArticle(title, null, null, null, text);
		}
		List<String> body = new ArrayList<>(lines.subList(nextNonBlank(lines, bodyStart), lines.size()));
		return new TextArticle(title, author, outlet, published, String.join("\n", body)); //$NON-NLS-1$
	}

	private static boolean isByline(String line) {
		return line.length() <= MAX_BYLINE_LENGTH && !SENTENCE_END.matcher(line).matches();
	}

	private static boolean isDate(String date) {
		try {
			LocalDate.parse(date);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	private static int nextNonBlank(List<String> lines, int from) {
		int i = Math.min(from, lines.size());
		while (i < lines.size() && lines.get(i).isBlank()) {
			i++;
		}
		return i;
	}
}
