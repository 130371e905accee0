package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brat export of the sample corpus, read back with the standoff grammar and code point indexing
 * ({@link String#codePoints()}), and checked against lines written by hand from the gold layer.
 */
class BratExporterTest {

	private static final Pattern T = Pattern.compile("^(T\\d+)\\t(\\w+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t(.*)$");
	private static final Pattern R = Pattern.compile("^R\\d+\\t(\\w+) Arg1:(T\\d+) Arg2:(T\\d+)$");
	private static final Pattern A = Pattern.compile("^A\\d+\\t(\\w+) (T\\d+)( \\S+)?$");
	private static final Pattern NOTE = Pattern.compile("^#\\d+\\tAnnotatorNotes (T\\d+)\\t.*$");
	private static final Pattern CLAIM_NOTE = Pattern.compile("^#\\d+\\tAnnotatorNotes (T\\d+)\\t(\\w+: \\S+(?:; \\w+: \\S+)*)$");

	@TempDir
	Path folder;

	private CorpusStore samples;
	private Path target;

	@BeforeEach
	void export() throws IOException {
		samples = SampleCopy.open(folder);
		target = folder.resolve("brat");
		new BratExporter().export(samples, ExportOptions.defaults(), target, new NullProgressMonitor());
	}

	private String read(String name) throws IOException {
		return Files.readString(target.resolve(name), StandardCharsets.UTF_8);
	}

	@Test
	void theHarborArticleStartsWithTheGoldSpansInTextOrder() throws IOException {
		// Written by hand from layers/gold/harbor-fish-stocks.attest; code point offsets computed with
		// Python's str indexing (the same as the UTF-16 ones here: no emoji before offset 997).
		String expected = """
				T1	Claim 17 105	Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade
				T2	Cue 107 119	according to
				T3	Source 150 183	the scientists who carried it out
				T4	Cue 226 230	said
				T5	Claim 231 295	reopening the commercial fishery this year would be “premature.”
				T6	Source 322 364	the Northcoast Marine Assessment Institute
				T7	Cue 366 375	estimated
				T8	Claim 376 461	the spawning population at roughly 31,000 tonnes, up from about 12,500 tonnes in 2021
				""";
		String ann = read("harbor-fish-stocks.ann");
		assertTrue(ann.startsWith(expected), ann);
		// the first attribution has no source mention, so no relation but a note on its claim; the next two have
		assertTrue(ann.contains("\nR1\tSupport Arg1:T3 Arg2:T5\nR2\tSupport Arg1:T6 Arg2:T8\n"), ann);
		assertTrue(ann.contains("\nA1\tCredibility T1 mostly-true\nA2\tCheckworthy T1\n"), ann);
		assertTrue(ann.contains("\n#1\tAnnotatorNotes T1\tSupport: northcoast-marine-assessment-institute\n"
				+ "#2\tAnnotatorNotes T3\tnorthcoast-marine-assessment-institute\n"), ann);
		// after the emoji, code points and UTF-16 differ: 997..1068 in Python, 997..1070 in Java
		assertTrue(ann.contains("\tClaim 997 1068\tHarbor’s full of silver for the first time since my dad ran the boat 🐟🌊\n"),
				ann);
	}

	@Test
	void everyAnnLineParsesAndEveryReferenceResolves() throws IOException {
		Set<String> conf = declaredNames(read("annotation.conf"));
		for (String id : samples.documentIds()) {
			String text = read(id + ".txt");
			int[] codePoints = text.codePoints().toArray();
			Set<String> entities = new HashSet<>();
			List<String> lines = read(id + ".ann").lines().toList();
			assertFalse(lines.isEmpty());
			for (String line : lines) {
				Matcher t = T.matcher(line);
				if (t.matches()) {
					assertTrue(entities.add(t.group(1)), line);
					assertTrue(conf.contains(t.group(2)), line);
					StringBuilder quote = new StringBuilder();
					for (String fragment : t.group(3).split(";")) {
						String[] range = fragment.split(" ");
						if (!quote.isEmpty()) {
							quote.append(' ');
						}
						quote.append(new String(codePoints, Integer.parseInt(range[0]),
								Integer.parseInt(range[1]) - Integer.parseInt(range[0])));
					}
					assertEquals(t.group(4), quote.toString(), line);
				}
			}
			for (String line : lines) {
				Matcher r = R.matcher(line);
				Matcher a = A.matcher(line);
				Matcher note = NOTE.matcher(line);
				if (r.matches()) {
					assertTrue(conf.contains(r.group(1)) && entities.contains(r.group(2)) && entities.contains(r.group(3)), line);
				} else if (a.matches()) {
					assertTrue(conf.contains(a.group(1)) && entities.contains(a.group(2)), line);
					if (a.group(3) != null) {
						assertTrue(conf.contains(a.group(3).trim()), line);
					}
				} else if (note.matches()) {
					assertTrue(entities.contains(note.group(1)), line);
				} else {
					assertTrue(T.matcher(line).matches(), "not standoff: " + line);
				}
			}
		}
	}

	@Test
	void eachTextIsTheDocumentsTextExactly() throws IOException {
		for (String id : samples.documentIds()) {
			assertEquals(samples.document(id).getText(), read(id + ".txt"));
		}
		try (Stream<Path> files = Files.list(target)) {
			assertEquals(7, files.count(), "three .txt, three .ann, annotation.conf");
		}
	}

	@Test
	void theConfigurationDeclaresTheTypesAndValues() throws IOException {
		String conf = read("annotation.conf");
		assertTrue(conf.contains("[entities]\nClaim\nSource\nCue\n"), conf);
		assertTrue(conf.contains("[relations]\nSupport\tArg1:Source, Arg2:Claim\nDeny\tArg1:Source, Arg2:Claim\n"
				+ "Query\tArg1:Source, Arg2:Claim\nComment\tArg1:Source, Arg2:Claim\n"), conf);
		assertTrue(conf.contains("Credibility\tArg:Claim, Value:true|mostly-true|half-true|barely-true|false|pants-fire|unverifiable\n"),
				conf);
		assertTrue(conf.contains("Checkworthy\tArg:Claim\n"), conf);
		assertTrue(conf.contains("[events]\n") && conf.contains("[attributes]\n"), conf);
	}

	@Test
	void theSameCorpusGivesTheSameBytesAndReplacesTheOldExport() throws IOException {
		Path again = folder.resolve("again");
		Files.createDirectories(again);
		Files.writeString(again.resolve("stale.ann"), "old");
		new BratExporter().export(samples, ExportOptions.defaults(), again, new NullProgressMonitor());
		assertFalse(Files.exists(again.resolve("stale.ann")));
		for (String name : List.of("annotation.conf", "harbor-fish-stocks.ann", "riverton-dam-delay.ann")) {
			assertArrayEquals(Files.readAllBytes(target.resolve(name)), Files.readAllBytes(again.resolve(name)));
		}
	}

	@Test
	void anAttributionWhoseSourceTheTextNeverNamesIsANoteOnItsClaim() throws IOException {
		// layers/gold/riverton-dam-delay.attest: Ferreira-Blunt supports the concrete claim without a mention
		String ann = read("riverton-dam-delay.ann");
		Matcher note = Pattern.compile("(?m)^#\\d+\tAnnotatorNotes (T\\d+)\tSupport: tomasz-ferreira-blunt$").matcher(ann);
		assertTrue(note.find(), ann);
		assertTrue(ann.contains("\n" + note.group(1)
				+ "\tClaim 1645 1708\tabout 62 percent of the planned concrete volume had been placed\n"), ann);
	}

	/** Counted by hand in samples/layers/gold: 12, 16 and 14 attributions, one each in harbor and riverton unmentioned. */
	@Test
	void everyAttributionIsARelationOrANoteEntry() throws IOException {
		Map<String, Integer> attributions = Map.of("harbor-fish-stocks", 12, "ministry-denies-report", 16,
				"riverton-dam-delay", 14);
		Map<String, Integer> unmentioned = Map.of("harbor-fish-stocks", 1, "ministry-denies-report", 0,
				"riverton-dam-delay", 1);
		for (String id : samples.documentIds()) {
			List<String> lines = read(id + ".ann").lines().toList();
			Set<String> claims = new HashSet<>();
			lines.stream().map(T::matcher).filter(Matcher::matches).filter(t -> t.group(2).equals("Claim"))
					.forEach(t -> claims.add(t.group(1)));
			long relations = lines.stream().filter(line -> R.matcher(line).matches()).count();
			long noteEntries = lines.stream().map(CLAIM_NOTE::matcher).filter(Matcher::matches)
					.filter(n -> claims.contains(n.group(1))).mapToLong(n -> n.group(2).split("; ").length).sum();
			assertEquals(unmentioned.get(id), (int) noteEntries, id);
			assertEquals(attributions.get(id), (int) (relations + noteEntries), id);
		}
	}

	@Test
	void severalUnmentionedSourcesOfAClaimShareItsOneNote() throws IOException {
		AttestFactory factory = AttestFactory.eINSTANCE;
		CorpusStore store = CorpusStore.create(folder.resolve("unmentioned"), "unmentioned", DefaultLabelSchema.create());
		Document document = factory.createDocument();
		document.setId("rates");
		document.setText("Rates will fall, Bo said.");
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor("rates", CorpusStore.GOLD);
		ClaimMention claim = factory.createClaimMention();
		SpanAnchors.place(claim, document.getText(), 0, 15);
		layer.getClaims().add(claim);
		SourceMention bo = factory.createSourceMention();
		SpanAnchors.place(bo, document.getText(), 17, 19);
		bo.setSource(source(store, "bo"));
		layer.getSourceMentions().add(bo);
		layer.getAttributions().add(attribution(claim, source(store, "ana"), null, "deny"));
		layer.getAttributions().add(attribution(claim, bo.getSource(), bo, "support"));
		layer.getAttributions().add(attribution(claim, source(store, "central-bank"), null, null));
		store.save();

		Path out = folder.resolve("unmentioned-brat");
		new BratExporter().export(store, ExportOptions.defaults(), out, new NullProgressMonitor());

		assertEquals("""
				T1	Claim 0 15	Rates will fall
				T2	Source 17 19	Bo
				R1	Support Arg1:T2 Arg2:T1
				#1	AnnotatorNotes T1	Deny: ana; Attribution: central-bank
				#2	AnnotatorNotes T2	bo
				""", Files.readString(out.resolve("rates.ann")));
	}

	/** Seed 7 ranks riverton, ministry, harbor (SHA-256 of "7:id" by sha256sum): one per split at 1/1/1. */
	@Test
	void aSplitExportIsOneBratCollectionPerSplit() throws IOException {
		Path split = folder.resolve("split");
		new BratExporter().export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS,
				new SplitPlan(1, 1, 1, 7, false)), split, new NullProgressMonitor());

		Map<String, String> documents = Map.of("train", "riverton-dam-delay", "dev", "ministry-denies-report", "test",
				"harbor-fish-stocks");
		try (Stream<Path> files = Files.list(split)) {
			assertEquals(List.of("dev", "test", "train"), files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		for (var entry : documents.entrySet()) {
			Path collection = split.resolve(entry.getKey());
			String id = entry.getValue();
			try (Stream<Path> files = Files.list(collection)) {
				assertEquals(List.of("annotation.conf", id + ".ann", id + ".txt"),
						files.map(f -> f.getFileName().toString()).sorted().toList());
			}
			for (String name : List.of("annotation.conf", id + ".ann", id + ".txt")) {
				assertArrayEquals(Files.readAllBytes(target.resolve(name)), Files.readAllBytes(collection.resolve(name)),
						entry.getKey() + "/" + name);
			}
		}
	}

	@Test
	void aCancelledExportLeavesNothing() throws IOException {
		Path out = folder.resolve("cancelled");
		Files.createDirectories(out);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new BratExporter().export(samples, ExportOptions.defaults(), out.resolve("brat"), monitor));
		try (Stream<Path> files = Files.list(out)) {
			assertFalse(files.findAny().isPresent());
		}
	}

	private static Source source(CorpusStore store, String id) {
		Source source = AttestFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setName(id);
		store.corpus().getSources().add(source);
		return source;
	}

	private static Attribution attribution(ClaimMention claim, Source source, SourceMention mention, String stance) {
		Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setMention(mention);
		attribution.setStance(stance);
		return attribution;
	}

	/** Every type, attribute and value name in annotation.conf. */
	private static Set<String> declaredNames(String conf) {
		Set<String> names = new HashSet<>();
		for (String line : conf.lines().toList()) {
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("<")) {
				continue;
			}
			String[] parts = line.split("\t");
			names.add(parts[0]);
			for (String argument : parts.length > 1 ? parts[1].split(", ") : new String[0]) {
				if (argument.startsWith("Value:")) {
					names.addAll(List.of(argument.substring("Value:".length()).split("\\|")));
				}
			}
		}
		return names;
	}
}
