package org.attest.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.attest.core.export.SentenceTokenizer.Token;
import org.attest.model.AnnotationLayer;
import org.attest.model.Span;

/**
 * Gives each token of a sentence its IOB2 tag for claims and source mentions (cues are not tagged). A token
 * belongs to a span when their UTF-16 ranges share at least one unit. Flat tags cannot nest, so a token in
 * several spans takes one: a source mention before a claim, then the shorter span, then the earlier, then
 * the smaller id. A token starts a chunk ({@code B-}) when the token before it in the sentence belongs to
 * another span or to none, so every {@code I-X} follows a {@code B-X} or {@code I-X} of the same span, even
 * where a source mention interrupts a claim or a span runs over a sentence break.
 */
final class BioTagger {

	static final String OUTSIDE = "O"; //$NON-NLS-1$
	static final String CLAIM = "CLAIM"; //$NON-NLS-1$
	static final String SOURCE = "SOURCE"; //$NON-NLS-1$

	private record Tagged(Span span, String type, int rank) {
	}

	private static final Comparator<Tagged> PRECEDENCE = Comparator.comparingInt(Tagged::rank)
			.thenComparingInt(t -> t.span().getEnd() - t.span().getBegin())
			.thenComparingInt(t -> t.span().getBegin())
			.thenComparing(t -> String.valueOf(t.span().getId()));

	private final List<Tagged> spans = new ArrayList<>();

	BioTagger(Optional<AnnotationLayer> layer) {
		layer.ifPresent(l -> {
			l.getSourceMentions().forEach(m -> spans.add(new Tagged(m, SOURCE, 0)));
			l.getClaims().forEach(c -> spans.add(new Tagged(c, CLAIM, 1)));
		});
	}

	/** The tags of the sentence's tokens, in order. */
	List<String> tags(List<Token> sentence) {
		List<String> tags = new ArrayList<>(sentence.size());
		Tagged previous = null;
		for (Token token : sentence) {
			Tagged winner = spans.stream()
					.filter(t -> t.span().getBegin() < token.end() && token.begin() < t.span().getEnd())
					.min(PRECEDENCE).orElse(null);
			if (winner == null) {
				tags.add(OUTSIDE);
			} else {
				tags.add((winner == previous ? "I-" : "B-") + winner.type()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			previous = winner;
		}
		return tags;
	}
}
