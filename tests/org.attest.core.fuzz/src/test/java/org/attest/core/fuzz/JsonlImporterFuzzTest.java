package org.attest.core.fuzz;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.export.OffsetUnit;
import org.attest.core.imports.ImportResult;
import org.attest.core.imports.JsonlImporter;
import org.attest.core.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a {@code .jsonl} file: good lines imported, each bad one reported with its line; span offsets
 * count UTF-16 units when the file starts with a space, else code points. Seed: the samples exported as JSONL.
 */
class JsonlImporterFuzzTest {

	@TempDir(factory = InMemoryTempDirFactory.class)
	static Path temp;
	private static FuzzCorpus corpus;

	@BeforeAll
	static void createCorpus() throws IOException {
		corpus = new FuzzCorpus(temp);
	}

	@FuzzTest
	void importsGoodLinesAndReportsBadOnes(byte[] content) throws IOException {
		CorpusStore store = corpus.open();
		Path file = corpus.write("articles.jsonl", content);
		OffsetUnit unit = content.length > 0 && content[0] == ' ' ? OffsetUnit.UTF16 : OffsetUnit.CODE_POINTS;

		ImportResult result = new JsonlImporter("ana", unit).importFile(store, file);

		FuzzCorpus.checkImported(store, file, result);
	}
}
