package org.attest.core.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.attest.core.text.StorableText;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article of a saved news page: its metadata, read from the page's meta tags first (they are written for
 * machines, so they are the most reliable) and from its markup after, and its body, the text of the
 * paragraphs, subheadings, quotes and list items of the article container, in order, joined by blank lines.
 * <p>
 * The container is the first of {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>},
 * {@code [role=main]} that the page has (the one with the most paragraph text if it has several), else the
 * element whose {@code <p>} children hold the most text. Boilerplate is removed first (see
 * {@link Boilerplate}). Control characters, which a browser does not show and a corpus file cannot hold (see
 * {@link StorableText}), are left out.
 */
record HtmlArticle(String title, String author, String outlet, String published, String url, String language,
		String body) {

	private static final String[] CONTAINERS = { "[itemprop=articleBody]", "article", "main", "[role=main]" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String BLOCKS = "p, h2, h3, h4, blockquote, li"; //$NON-NLS-1$
	private static final Pattern BY = Pattern.compile("(?i)^by\\s+"); //$NON-NLS-1$

	/** Reads the article of the page; the page is changed (its boilerplate removed). */
	static HtmlArticle of(org.jsoup.nodes.Document page) {
		String title = first(meta(page, "og:title"), text(page.selectFirst("h1")), nonBlank(page.title())); //$NON-NLS-1$ //$NON-NLS-2$
		String author = first(meta(page, "author"), text(page.selectFirst("[rel=author]")), //$NON-NLS-1$ //$NON-NLS-2$
				text(page.selectFirst(".byline")).map(byline -> BY.matcher(byline).replaceFirst(""))); //$NON-NLS-1$ //$NON-NLS-2$
		String published = first(meta(page, "article:published_time"), //$NON-NLS-1$
				attr(page.selectFirst("time[datetime]"), "datetime")); //$NON-NLS-1$ //$NON-NLS-2$
		String outlet = first(meta(page, "og:site_name")); //$NON-NLS-1$
		String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String language = first(attr(page.selectFirst("html[lang]"), "lang")); //$NON-NLS-1$ //$NON-NLS-2$
		Element body = page.body();
		Boilerplate.remove(body);
		return new HtmlArticle(title, author, outlet, published, url, language, bodyText(container(body)));
	}

	private static Element container(Element body) {
		for (String selector : CONTAINERS) {
			Elements candidates = body.select(selector);
			if (!candidates.isEmpty()) {
				return candidates.stream().max(Comparator.comparingInt(HtmlArticle::paragraphText)).orElseThrow();
			}
		}
		Map<Element, Integer> textByParent = new LinkedHashMap<>();
		for (Element paragraph : body.select("p")) { //$NON-NLS-1$
			if (paragraph.parent() != null) {
				textByParent.merge(paragraph.parent(), paragraph.text().length(), Integer::sum);
			}
		}
		return textByParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.orElse(body);
	}

	private static int paragraphText(Element element) {
		return element.select("p").stream().mapToInt(p -> p.text().length()).sum(); //$NON-NLS-1$
	}

	/** The blocks' texts, skipping a block that holds others (a quote of paragraphs) so no text comes twice. */
	private static String bodyText(Element container) {
		List<String> blocks = new ArrayList<>();
		for (Element block : container.select(BLOCKS)) {
			if (block.select(BLOCKS).size() == 1) {
				String text = StorableText.withoutUnstorable(block.text()).strip();
				if (!text.isEmpty()) {
					blocks.add(text);
				}
			}
		}
		return String.join("\n\n", blocks); //$NON-NLS-1$
	}

	/** The content of {@code <meta property=name>} or {@code <meta name=name>}. */
	private static Optional<String> meta(org.jsoup.nodes.Document page, String name) {
		for (Element meta : page.select("meta[content]")) { //$NON-NLS-1$
			if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) { //$NON-NLS-1$ //$NON-NLS-2$
				Optional<String> content = nonBlank(meta.attr("content")); //$NON-NLS-1$
				if (content.isPresent()) {
					return content;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> text(Element element) {
		return element == null ? Optional.empty() : nonBlank(element.text());
	}

	private static Optional<String> attr(Element element, String attribute) {
		return element == null ? Optional.empty() : nonBlank(element.attr(attribute));
	}

	/** The value stripped, without characters a corpus file cannot hold (invisible controls on a page). */
	private static Optional<String> nonBlank(String value) {
		String storable = value == null ? "" : StorableText.withoutUnstorable(value); //$NON-NLS-1$
		return storable.isBlank() ? Optional.empty() : Optional.of(storable.strip());
	}

	@SafeVarargs
	private static String first(Optional<String>... candidates) {
		for (Optional<String> candidate : candidates) {
			if (candidate.isPresent()) {
				return candidate.get();
			}
		}
		return null;
	}
}
