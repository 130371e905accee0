package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.attest.core.store.DocumentTexts;
import org.attest.core.text.StorableText;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.eclipse.osgi.util.NLS;

/**
 * Imports a plain-text article ({@code .txt}, UTF-8 with or without a byte order mark, any line ends) as one
 * document whose id is the file name's slug (see {@link DocumentIds}) and whose title, author, outlet and date
 * come from the header conventions of {@link TextArticle}. Binary and non-UTF-8 files, and files with a
 * character a corpus file cannot hold, are refused with the offset of the first bad byte, so the user can find it.
 */
public final class TextImporter implements Importer {

	@Override
	public ImportResult importFile(CorpusStore store, Path file, String annotator) throws IOException {
		Optional<ImportProblem> tooLarge = FileSizeLimit.check(file);
		if (tooLarge.isPresent()) {
			return ImportResults.failed(tooLarge.get());
		}
		byte[] bytes = Files.readAllBytes(file);
		String text;
		try {
			text = Utf8Text.decode(bytes);
		} catch (Utf8Text.BadByteException e) {
			String message = e.character == 0 ? Messages.TextImporter_binary
					: e.character > 0 ? Messages.TextImporter_unstorable : Messages.TextImporter_notUtf8;
			String character = e.character > 0 ? StorableText.name(e.character) : ""; //$NON-NLS-1$
			return ImportResults.failed(file, e.line, NLS.bind(message, new Object[] { file, e.offset, e.line, character }));
		}
		if (text.isBlank()) {
			return ImportResults.failed(file, -1, NLS.bind(Messages.TextImporter_noText, file));
		}
		TextArticle article = TextArticle.parse(DocumentTexts.normalizeLineEnds(text));
		Document document = AttestFactory.eINSTANCE.createDocument();
		document.setId(DocumentIds.uniqueId(store, file));
		document.setTitle(article.title());
		document.setAuthor(article.author());
		document.setOutlet(article.outlet());
		document.setPublished(article.published());
		document.setText(article.body());
		document.getMetadata().put(SOURCE_FILE_KEY, file.getFileName().toString());
		store.addDocument(document);
		return ImportResults.imported(file, document.getId());
	}
}
