package org.attest.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.core.text.Offsets;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.SourceMention;
import org.attest.model.Span;

/**
 * The brat standoff ({@code .ann}) of one layer: {@code T} lines for claims, source mentions and cues in text
 * order, {@code A} lines for each claim's credibility and checkworthiness, {@code R} lines for attributions
 * (the relation type is the stance, from the source mention to the claim) and {@code #} notes naming each
 * mention's registry source. An attribution whose source the text never mentions cannot be a relation, which
 * joins two text-bound annotations, so it goes into a note on its claim: {@code Support: <source id>}, several
 * joined by {@code "; "} (brat keeps one note per annotation when it saves). Offsets count code points, as
 * brat's Python server does; a span over a line break becomes a discontinuous span cut at each break,
 * because brat draws one text line per fragment. Relation types and attribute values used are collected for
 * {@link BratConfiguration}.
 */
final class BratAnnotations {

	static final String CLAIM = "Claim"; //$NON-NLS-1$
	static final String SOURCE = "Source"; //$NON-NLS-1$
	static final String CUE = "Cue"; //$NON-NLS-1$
	static final String CREDIBILITY = "Credibility"; //$NON-NLS-1$
	static final String CHECKWORTHY = "Checkworthy"; //$NON-NLS-1$
	/** Relation type of an attribution that has no stance yet. */
	static final String NO_STANCE = "Attribution"; //$NON-NLS-1$

	private record Entity(Span span, String type, int rank) {
	}

	private static final Comparator<Entity> TEXT_ORDER = Comparator.<Entity>comparingInt(e -> e.span().getBegin())
			.thenComparingInt(e -> e.span().getEnd()).thenComparingInt(Entity::rank)
			.thenComparing(e -> String.valueOf(e.span().getId()));

	private BratAnnotations() {
	}

	/**
	 * The {@code .ann} content for {@code layer} over {@code text}; adds the relation types and credibility
	 * values it uses to the given sets.
	 */
	static String of(String text, AnnotationLayer layer, Set<String> relationTypes, Set<String> credibilities) {
		List<Entity> entities = new ArrayList<>();
		layer.getClaims().forEach(c -> entities.add(new Entity(c, CLAIM, 0)));
		layer.getSourceMentions().forEach(m -> entities.add(new Entity(m, SOURCE, 1)));
		layer.getCues().forEach(c -> entities.add(new Entity(c, CUE, 2)));
		entities.sort(TEXT_ORDER);

		Offsets.Converter offsets = Offsets.converter(text);
		StringBuilder ann = new StringBuilder();
		Map<Span, String> ids = new HashMap<>();
		for (Entity entity : entities) {
			String id = "T" + (ids.size() + 1); //$NON-NLS-1$
			ids.put(entity.span(), id);
			ann.append(id).append('\t').append(entity.type()).append(' ');
			appendFragments(ann, text, offsets, entity.span());
		}
		int attribute = 0;
		for (Entity entity : entities) {
			if (entity.span() instanceof ClaimMention claim) {
				if (claim.getCredibility() != null) {
					String value = name(claim.getCredibility());
					credibilities.add(value);
					ann.append('A').append(++attribute).append('\t').append(CREDIBILITY).append(' ')
							.append(ids.get(claim)).append(' ').append(value).append('\n');
				}
				if (claim.isCheckworthy()) {
					ann.append('A').append(++attribute).append('\t').append(CHECKWORTHY).append(' ')
							.append(ids.get(claim)).append('\n');
				}
			}
		}
		int relation = 0;
		Map<ClaimMention, List<String>> unmentioned = new HashMap<>();
		for (Attribution attribution : layer.getAttributions()) {
			String from = ids.get(attribution.getMention());
			String to = ids.get(attribution.getClaim());
			String type = attribution.getStance() == null ? NO_STANCE : relationType(attribution.getStance());
			if (from != null && to != null) {
				relationTypes.add(type);
				ann.append('R').append(++relation).append('\t').append(type).append(" Arg1:").append(from) //$NON-NLS-1$
						.append(" Arg2:").append(to).append('\n'); //$NON-NLS-1$
			} else if (to != null && attribution.getSource() != null && attribution.getSource().getId() != null) {
				unmentioned.computeIfAbsent(attribution.getClaim(), c -> new ArrayList<>())
						.add(type + ": " + attribution.getSource().getId()); //$NON-NLS-1$
			}
		}
		int note = 0;
		for (Entity entity : entities) {
			String noteText = null;
			if (entity.span() instanceof ClaimMention claim && unmentioned.containsKey(claim)) {
				noteText = String.join("; ", unmentioned.get(claim)); //$NON-NLS-1$
			} else if (entity.span() instanceof SourceMention mention && mention.getSource() != null
					&& mention.getSource().getId() != null) {
				noteText = mention.getSource().getId();
			}
			if (noteText != null) {
				ann.append('#').append(++note).append("\tAnnotatorNotes ").append(ids.get(entity.span())).append('\t') //$NON-NLS-1$
						.append(oneLine(noteText)).append('\n');
			}
		}
		return ann.toString();
	}

	/** The relation type of a stance label id: {@code support} → {@code Support}. */
	static String relationType(String stance) {
		String name = name(stance);
		return name.isEmpty() ? NO_STANCE : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Note text on one line: a tab or line break in an id would end the annotation early. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\t\\r\\n]", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A label id as a brat name or value: anything but letters, digits, '_' and '-' becomes '_'. */
	static String name(String labelId) {
		return labelId.replaceAll("[^\\p{Alnum}_-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code begin end[;begin end…]\ttext\n}, cut at line breaks; fragment texts joined by a space as brat does. */
	private static void appendFragments(StringBuilder ann, String text, Offsets.Converter offsets, Span span) {
		List<int[]> fragments = new ArrayList<>();
		int start = span.getBegin();
		for (int i = span.getBegin(); i <= span.getEnd(); i++) {
			if (i == span.getEnd() || text.charAt(i) == '\n') {
				if (i > start || fragments.isEmpty() && i == span.getEnd()) {
					fragments.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		StringBuilder quote = new StringBuilder();
		for (int[] fragment : fragments) {
			if (!quote.isEmpty()) {
				ann.append(';');
				quote.append(' ');
			}
			ann.append(offsets.toCodePoint(fragment[0])).append(' ').append(offsets.toCodePoint(fragment[1]));
			quote.append(text, fragment[0], fragment[1]);
		}
		ann.append('\t').append(quote).append('\n');
	}
}
