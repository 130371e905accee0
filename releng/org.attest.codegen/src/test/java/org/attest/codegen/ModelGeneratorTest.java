package org.attest.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated code is what the genmodel generates: regenerating copies of the two projects from
 * scratch gives byte-identical files, so "regenerate, then git diff" stays empty.
 */
class ModelGeneratorTest {

	/** What the generator writes in each project; everything else there is hand-written and left alone. */
	private static final List<String> GENERATED = List.of("src-gen", "plugin.xml", "icons");

	@Test
	void regeneratingFromTheGenmodelReproducesTheCommittedCode(@TempDir Path copies) throws IOException {
		Path bundles = Path.of(System.getProperty("attest.root")).resolve("bundles");
		Path model = bundles.resolve(ModelGenerator.MODEL_PROJECT);
		Path edit = bundles.resolve(ModelGenerator.EDIT_PROJECT);
		Path modelCopy = copyWithoutGenerated(model, copies.resolve(ModelGenerator.MODEL_PROJECT));
		Path editCopy = copyWithoutGenerated(edit, copies.resolve(ModelGenerator.EDIT_PROJECT));

		new ModelGenerator(modelCopy, editCopy).generate();

		assertSameFiles(model, modelCopy);
		assertSameFiles(edit, editCopy);
	}

	private static Path copyWithoutGenerated(Path project, Path copy) throws IOException {
		for (Path file : sourceFiles(project)) {
			Path relative = project.relativize(file);
			if (!GENERATED.contains(relative.getName(0).toString())) {
				Files.createDirectories(copy.resolve(relative).getParent());
				Files.copy(file, copy.resolve(relative));
			}
		}
		assertTrue(Files.isRegularFile(copy.resolve(ModelGenerator.GENMODEL)) || !project.endsWith(ModelGenerator.MODEL_PROJECT));
		return copy;
	}

	private static void assertSameFiles(Path committed, Path regenerated) throws IOException {
		Set<String> committedNames = relativeNames(committed);
		Set<String> regeneratedNames = relativeNames(regenerated);
		assertEquals(committedNames, regeneratedNames, "regeneration adds or drops files in " + committed.getFileName());
		List<String> differing = new ArrayList<>();
		for (String name : committedNames) {
			if (Files.mismatch(committed.resolve(name), regenerated.resolve(name)) != -1) {
				differing.add(name);
			}
		}
		assertEquals(List.of(), differing, "regenerated files differ from the committed ones in " + committed.getFileName()
				+ "; run the regeneration command (README) and commit");
	}

	private static Set<String> relativeNames(Path project) throws IOException {
		Set<String> names = new TreeSet<>();
		for (Path file : sourceFiles(project)) {
			names.add(project.relativize(file).toString());
		}
		return names;
	}

	/** The project's files as committed: build output and IDE state are not part of it. */
	private static List<Path> sourceFiles(Path project) throws IOException {
		try (Stream<Path> files = Files.walk(project)) {
			return files.filter(Files::isRegularFile).filter(f -> {
				String first = project.relativize(f).getName(0).toString();
				return !first.equals("target") && !first.equals("bin") && !first.startsWith(".polyglot");
			}).toList();
		}
	}
}
