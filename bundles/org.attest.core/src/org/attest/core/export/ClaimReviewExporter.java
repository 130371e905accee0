package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.eclipse.core.runtime.IProgressMonitor;

import com.google.gson.stream.JsonWriter;

/**
 * Exports every rated claim (one with a credibility) of the chosen layer as a schema.org {@code ClaimReview},
 * all in one JSON-LD array, the form fact-check consumers (search engines, the ClaimReview data feeds) read.
 * The corpus is the reviewing organization; the claim's first attributed source is the claim's author; the
 * document is where the claim appeared. The rating is the claim's position on the credibility scale, counted
 * so that higher is better ({@code bestRating} the scale's length, {@code worstRating} 1); a label outside the
 * scale, such as {@value DefaultLabelSchema#UNVERIFIABLE}, has no {@code ratingValue}, only its name. With a
 * split plan the target is a folder of {@code train.json}, {@code dev.json} and {@code test.json}, each an
 * array of its split's reviews ({@link SplitTextExport}).
 */
public final class ClaimReviewExporter implements CorpusExporter {

	/** The format's name. */
	public static final String FORMAT = "claimreview"; //$NON-NLS-1$
	/** The extension of each split's file: the array is JSON that JSON-LD readers read too. */
	static final String EXTENSION = "json"; //$NON-NLS-1$

	private static final String TYPE = "@type"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String URL = "url"; //$NON-NLS-1$
	private static final String DATE_PUBLISHED = "datePublished"; //$NON-NLS-1$
	private static final String ORGANIZATION = "Organization"; //$NON-NLS-1$

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		String corpusName = Objects.toString(store.corpus().getName(), ""); //$NON-NLS-1$
		LabelSchema schema = store.corpus().getSchema();
		LabelSet credibility = LabelSets.find(schema, DefaultLabelSchema.CREDIBILITY).orElse(null);
		SplitTextExport.write(store, options, target, EXTENSION, (out, split) -> {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  "); //$NON-NLS-1$
			json.beginArray();
			return new SplitTextExport.Part() {

				@Override
				public void add(DocumentStream.Item item) throws IOException {
					if (item.layer().isPresent()) {
						writeReviews(json, item.document(), item.layer().get(), credibility, corpusName);
					}
				}

				@Override
				public void finish() throws IOException {
					json.endArray();
					json.flush();
					out.write('\n');
				}
			};
		}, monitor);
	}

	private static void writeReviews(JsonWriter json, Document document, AnnotationLayer layer, LabelSet credibility,
			String corpusName) throws IOException {
		Map<ClaimMention, Source> firstSources = new HashMap<>();
		for (Attribution attribution : layer.getAttributions()) {
			if (attribution.getClaim() != null && attribution.getSource() != null) {
				firstSources.putIfAbsent(attribution.getClaim(), attribution.getSource());
			}
		}
		String text = Objects.toString(document.getText(), ""); //$NON-NLS-1$
		for (ClaimMention claim : layer.getClaims()) {
			if (claim.getCredibility() != null) {
				json.beginObject();
				json.name("@context").value("https://schema.org"); //$NON-NLS-1$ //$NON-NLS-2$
				json.name(TYPE).value("ClaimReview"); //$NON-NLS-1$
				json.name(URL).value(AttestUris.document(document) + '#' + claim.getId());
				json.name("claimReviewed").value(text.substring(claim.getBegin(), claim.getEnd())); //$NON-NLS-1$
				writeClaim(json, document, firstSources.get(claim));
				writeRating(json, credibility, claim.getCredibility());
				json.name("author").beginObject(); //$NON-NLS-1$
				json.name(TYPE).value(ORGANIZATION);
				json.name(NAME).value(corpusName);
				json.endObject();
				json.endObject();
			}
		}
	}

	/** The reviewed {@code Claim}: who made it, and where and when it appeared. */
	private static void writeClaim(JsonWriter json, Document document, Source source) throws IOException {
		json.name("itemReviewed").beginObject(); //$NON-NLS-1$
		json.name(TYPE).value("Claim"); //$NON-NLS-1$
		if (source != null) {
			json.name("author").beginObject(); //$NON-NLS-1$
			json.name(TYPE).value(authorType(source.getKind()));
			json.name(NAME).value(source.getName());
			json.endObject();
		}
		optional(json, DATE_PUBLISHED, document.getPublished());
		json.name("appearance").beginObject(); //$NON-NLS-1$
		json.name(TYPE).value("CreativeWork"); //$NON-NLS-1$
		json.name(URL).value(AttestUris.document(document));
		optional(json, "headline", document.getTitle()); //$NON-NLS-1$
		optional(json, DATE_PUBLISHED, document.getPublished());
		if (document.getOutlet() != null) {
			json.name("publisher").beginObject(); //$NON-NLS-1$
			json.name(TYPE).value(ORGANIZATION);
			json.name(NAME).value(document.getOutlet());
			json.endObject();
		}
		json.endObject();
		json.endObject();
	}

	/**
	 * The {@code Rating}: 1 for the worst level of the scale up to the scale's length for the best, the
	 * label's name as {@code alternateName}; only the name for a label off the scale (or unknown to the
	 * schema, then its id).
	 */
	private static void writeRating(JsonWriter json, LabelSet credibility, String labelId) throws IOException {
		json.name("reviewRating").beginObject(); //$NON-NLS-1$
		json.name(TYPE).value("Rating"); //$NON-NLS-1$
		String name = labelId;
		if (credibility != null) {
			List<Label> scale = LabelSets.scale(credibility);
			OptionalInt rank = LabelSets.rank(credibility, labelId);
			if (rank.isPresent()) {
				json.name("ratingValue").value(scale.size() - rank.getAsInt()); //$NON-NLS-1$
				json.name("bestRating").value(scale.size()); //$NON-NLS-1$
				json.name("worstRating").value(1); //$NON-NLS-1$
			}
			name = credibility.getLabels().stream().filter(label -> labelId.equals(label.getId())).findFirst()
					.map(Label::getName).orElse(labelId);
		}
		json.name("alternateName").value(name); //$NON-NLS-1$
		json.endObject();
	}

	/** schema.org has Person and Organization authors: anonymous sources are people, every other kind an organization. */
	private static String authorType(SourceKind kind) {
		return kind == SourceKind.PERSON || kind == SourceKind.ANONYMOUS ? "Person" : ORGANIZATION; //$NON-NLS-1$
	}

	private static void optional(JsonWriter json, String name, String value) throws IOException {
		if (value != null) {
			json.name(name).value(value);
		}
	}
}
