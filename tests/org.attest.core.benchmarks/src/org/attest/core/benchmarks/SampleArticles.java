package org.attest.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;

/** The benchmarks' generated material: texts made of the sample articles' paragraphs, and spans over them. */
final class SampleArticles {

	private SampleArticles() {
	}

	/** The paragraphs of the three sample articles, in order. */
	static List<String> paragraphs() throws IOException {
		Path articles = Path.of(System.getProperty("attest.samples", "samples")).resolve("articles");
		List<String> paragraphs = new ArrayList<>();
		for (String name : List.of("harbor-fish-stocks.txt", "ministry-denies-report.txt", "riverton-dam-delay.txt")) {
			paragraphs.addAll(Arrays.asList(Files.readString(articles.resolve(name)).split("\n\n")));
		}
		return paragraphs;
	}

	/** At least {@code length} characters of paragraphs, from the {@code first}-th on, each ending in a blank line. */
	static String text(List<String> paragraphs, int first, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = first; text.length() < length; i++) {
			text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		return text.toString();
	}

	/**
	 * Adds {@code spans} spans spread evenly over the text to the layer, in turn a source mention (of the
	 * sources in turn, from the {@code shift}-th on), a claim attributed to it with the credibility given for
	 * the span's number, and a cue. Spans never cut an emoji.
	 */
	static void annotate(AnnotationLayer layer, String text, int spans, List<Source> sources, int shift,
			IntFunction<String> credibility) {
		AttestFactory f = AttestFactory.eINSTANCE;
		int step = text.length() / spans;
		SourceMention lastMention = null;
		for (int i = 0; i < spans; i++) {
			int begin = codePointStart(text, i * step);
			int end = codePointStart(text, i * step + step / 2);
			switch (i % 3) {
			case 0 -> {
				lastMention = f.createSourceMention();
				SpanAnchors.place(lastMention, text, begin, end);
				lastMention.setSource(sources.get((shift + i) % sources.size()));
				layer.getSourceMentions().add(lastMention);
			}
			case 1 -> {
				ClaimMention claim = f.createClaimMention();
				SpanAnchors.place(claim, text, begin, end);
				claim.setCredibility(credibility.apply(i));
				layer.getClaims().add(claim);
				Attribution attribution = f.createAttribution();
				attribution.setClaim(claim);
				attribution.setSource(lastMention.getSource());
				attribution.setMention(lastMention);
				attribution.setStance("support");
				layer.getAttributions().add(attribution);
			}
			default -> {
				Cue cue = f.createCue();
				SpanAnchors.place(cue, text, begin, end);
				layer.getCues().add(cue);
			}
			}
		}
	}

	/** The offset, moved past the second half of a surrogate pair. */
	private static int codePointStart(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1 : offset;
	}
}
