package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;

/**
 * Imports a saved news page ({@code .html}, {@code .htm}) as one document: the article's body text and
 * metadata as {@link HtmlArticle} finds them, the id from the file name (see {@link DocumentIds}).
 * <p>
 * Nothing is ever fetched: {@link Jsoup#parse(java.io.File, String, String)} only reads the file and builds a
 * tree; images, scripts, stylesheets and frames stay attribute values that nothing resolves or loads (only
 * {@code Jsoup.connect}, never called here, opens connections). The charset is the page's own (byte order
 * mark, then {@code <meta charset>}), UTF-8 when it names none.
 */
public final class HtmlImporter implements Importer {

	@Override
	public ImportResult importFile(CorpusStore store, Path file, String annotator) throws IOException {
		Optional<ImportProblem> tooLarge = FileSizeLimit.check(file);
		if (tooLarge.isPresent()) {
			return ImportResults.failed(tooLarge.get());
		}
		HtmlArticle article = HtmlArticle.of(Jsoup.parse(file.toFile(), null, "")); //$NON-NLS-1$
		if (article.body().isBlank()) {
			return ImportResults.failed(file, -1, NLS.bind(Messages.HtmlImporter_noArticle, file));
		}
		Document document = AttestFactory.eINSTANCE.createDocument();
		document.setId(DocumentIds.uniqueId(store, file));
		document.setTitle(article.title());
		document.setAuthor(article.author());
		document.setOutlet(article.outlet());
		document.setPublished(article.published());
		document.setUrl(article.url());
		document.setLanguage(article.language());
		document.setText(article.body());
		document.getMetadata().put(SOURCE_FILE_KEY, file.getFileName().toString());
		store.addDocument(document);
		return ImportResults.imported(file, document.getId());
	}
}
