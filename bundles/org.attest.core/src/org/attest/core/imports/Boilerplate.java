package org.attest.core.imports;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Removes from a saved news page what is not the article: page furniture and scripts by tag, landmarks by ARIA
 * role, and rails, share bars, ads, newsletter boxes and the like by the words of their class names and ids
 * ("site-nav", "share-bar", "ad-slot", "most-popular", …) or by a heading such as "Most Popular". The page
 * and article containers themselves ({@code html}, {@code body}, {@code main}, {@code article}, the
 * {@code articleBody}) are never removed for their class names, which often say things like "has-sidebar".
 */
final class Boilerplate {

	private static final String NOISE_TAGS = "nav, header, footer, aside, script, style, noscript, form, iframe, " //$NON-NLS-1$
			+ "figure, figcaption, template, svg, button, input, select, textarea, object, embed, video, audio, " //$NON-NLS-1$
			+ "canvas, dialog, [hidden], [aria-hidden=true]"; //$NON-NLS-1$
	private static final Set<String> NOISE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"search", "dialog", "alert"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Words of class names and ids, split at '-', '_' and spaces, that mark what is not the article. */
	private static final Set<String> NOISE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"breadcrumbs", "share", "sharing", "social", "promo", "ad", "ads", "advert", "advertisement", "sponsored", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"related", "popular", "trending", "recommended", "newsletter", "subscribe", "signup", "comments", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"comment", "footer", "sidebar", "cookie", "cookies", "consent", "byline", "toolbar", "loadmore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"readmore", "outbrain", "taboola"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern NOISE_PHRASE = Pattern.compile("(load|read)-?more|most-read"); //$NON-NLS-1$
	private static final Pattern WORD_SEPARATOR = Pattern.compile("[-_\\s]+"); //$NON-NLS-1$
	private static final Pattern RAIL_HEADING = Pattern.compile(
			"(?i)most (popular|read|viewed)|related( stories| articles| coverage)?|recommended( for you)?|trending( now)?|read more|more (stories|from .*)|load more"); //$NON-NLS-1$
	private static final String CONTAINERS = "html, body, main, article, [itemprop=articleBody]"; //$NON-NLS-1$

	private Boilerplate() {
	}

	/** Removes the boilerplate below {@code root}, in place. */
	static void remove(Element root) {
		root.select(NOISE_TAGS).remove();
		for (Element element : root.select("*")) { //$NON-NLS-1$
			if (element.parent() != null && !element.is(CONTAINERS) && (hasNoiseRole(element) || hasNoiseName(element)
					|| startsWithRailHeading(element))) {
				element.remove();
			}
		}
	}

	private static boolean hasNoiseRole(Element element) {
		return NOISE_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
	}

	private static boolean hasNoiseName(Element element) {
		StringBuilder names = new StringBuilder(element.id());
		for (String className : element.classNames()) {
			names.append(' ').append(className);
		}
		String lower = names.toString().toLowerCase(Locale.ROOT);
		if (NOISE_PHRASE.matcher(lower).find()) {
			return true;
		}
		for (String word : WORD_SEPARATOR.split(lower)) {
			if (NOISE_WORDS.contains(word) || word.startsWith("advert") || word.startsWith("sponsor")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	/** A section or list whose first child is a heading like "Most Popular": a rail of links. */
	private static boolean startsWithRailHeading(Element element) {
		if (!element.is("section, div, ul, ol")) { //$NON-NLS-1$
			return false;
		}
		Element first = element.firstElementChild();
		return first != null && first.is("h2, h3, h4, h5, h6, strong, span, p") //$NON-NLS-1$
				&& RAIL_HEADING.matcher(first.text().strip()).matches();
	}
}
