package org.attest.core.fuzz;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.imports.HtmlImporter;
import org.attest.core.imports.ImportResult;
import org.attest.core.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as an {@code .html} page: imported, or refused with a problem about the file. Seed: the saved page
 * of the core tests.
 */
class HtmlImporterFuzzTest {

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
		Path file = corpus.write("article.html", content);

		ImportResult result = new HtmlImporter().importFile(store, file, "ana");

		FuzzCorpus.checkImportedOneArticle(store, file, result);
	}
}
