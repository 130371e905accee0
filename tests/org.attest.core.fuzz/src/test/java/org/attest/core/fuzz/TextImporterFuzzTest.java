package org.attest.core.fuzz;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.imports.ImportResult;
import org.attest.core.imports.TextImporter;
import org.attest.core.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a {@code .txt} article: imported, or refused with a problem about the file. Seeds:
 * samples/articles.
 */
class TextImporterFuzzTest {

	@TempDir(factory = InMemoryTempDirFactory.class)
	static Path temp;
	private static FuzzCorpus corpus;

	@BeforeAll
	static void createCorpus() throws IOException {
		corpus = new FuzzCorpus(temp);
	}

	@FuzzTest
	void importsOrRefuses(byte[] content) throws IOException {
		CorpusStore store = corpus.open();
		Path file = corpus.write("article.txt", content);

		ImportResult result = new TextImporter().importFile(store, file, "ana");

		FuzzCorpus.checkImportedOneArticle(store, file, result);
	}
}
