package org.attest.core.team;

import static org.attest.core.team.TeamCorpora.DOCUMENTS;
import static org.attest.core.team.TeamCorpora.annotate;
import static org.attest.core.team.TeamCorpora.layerFile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.core.agreement.AgreementOperation;
import org.attest.core.agreement.AgreementOptions;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.store.CorpusStore;
import org.attest.core.team.ChangedFile.Change;
import org.attest.core.team.SynchronizeResult.Outcome;
import org.attest.model.Source;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario on local disk: a bare repository as the team's remote ({@code file://}) and
 * two annotators' clones of the sample corpus. Expected files are the bytes each annotator saved.
 */
class SynchronizeOperationTest {

	@TempDir
	Path work;

	private TeamCorpora team;

	@BeforeEach
	void shareTheSamples() throws Exception {
		team = new TeamCorpora(work);
		team.leadShares("alice", "bob");
	}

	@Test
	void twoAnnotatorsOnTheSameDocumentsEndWithBothLayersByteForByte() throws Exception {
		Path alice = team.cloneFor("alice");
		Path bob = team.cloneFor("bob");
		annotate(alice, "alice", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");
		annotate(alice, "alice", DOCUMENTS[1], "flatly denied a newspaper report", "true");
		annotate(alice, "alice", DOCUMENTS[2], "the project will be finished", "false");
		annotate(bob, "bob", DOCUMENTS[0], "the rebound is fragile", "half-true");
		annotate(bob, "bob", DOCUMENTS[1], "suppressed an internal audit", "unverifiable");
		annotate(bob, "bob", DOCUMENTS[2], "an independent engineer who reviewed the site", "true");
		Map<Path, byte[]> written = new HashMap<>();
		for (String document : DOCUMENTS) {
			written.put(Path.of("layers/alice", document + ".attest"), Files.readAllBytes(layerFile(alice, "alice", document)));
			written.put(Path.of("layers/bob", document + ".attest"), Files.readAllBytes(layerFile(bob, "bob", document)));
		}

		SynchronizeResult first = team.sync(alice, "alice");
		assertEquals(Outcome.SYNCHRONIZED, first.outcome());
		assertEquals(layerPaths("alice"), first.committed());
		assertEquals(List.of(), first.incoming());
		assertEquals(added("alice"), first.outgoing());

		SynchronizeResult second = team.sync(bob, "bob");
		assertEquals(Outcome.SYNCHRONIZED, second.outcome());
		assertEquals(layerPaths("bob"), second.committed());
		assertEquals(added("alice"), second.incoming());
		assertEquals(added("alice"), second.incomingLayers());
		assertEquals(added("bob"), second.outgoing());

		SynchronizeResult third = team.sync(alice, "alice");
		assertEquals(Outcome.SYNCHRONIZED, third.outcome());
		assertEquals(List.of(), third.committed());
		assertEquals(added("bob"), third.incoming());
		assertEquals(List.of(), third.outgoing());

		for (Path clone : List.of(alice, bob)) {
			for (Map.Entry<Path, byte[]> layer : written.entrySet()) {
				assertArrayEquals(layer.getValue(), Files.readAllBytes(clone.resolve(layer.getKey())), clone + ": " + layer.getKey());
			}
			CorpusStore store = CorpusStore.open(clone);
			assertEquals(List.of("alice", "ana", "bob", "gold"), store.annotatorsOf(DOCUMENTS[0]));
			assertEquals("an independent engineer who reviewed the site",
					store.layer(DOCUMENTS[2], "bob").orElseThrow().getClaims().get(0).getQuote());
			try (Git git = Git.open(clone.toFile())) {
				assertTrue(git.status().call().isClean(), clone + " has uncommitted changes");
				assertEquals(remoteHead(), git.getRepository().resolve("HEAD"), clone + " is not at the remote's commit");
			}
		}
		assertArrayEquals(Files.readAllBytes(alice.resolve("corpus.attest")), Files.readAllBytes(bob.resolve("corpus.attest")));
	}

	/**
	 * The acceptance, to its end: after concurrent work and syncs, agreement over the two clones' layers
	 * is what the annotations give by hand. Claims: harbor, the same span (exact match); ministry, "flatly
	 * denied a newspaper report" and "denied a newspaper report" (overlap only); riverton, two unrelated spans
	 * (one unmatched claim each). So 3 + 3 spans, 1 exact and 2 overlapping pairs: exact F1 = 2·1 / 6 = 1/3,
	 * overlap F1 = 2·2 / 6 = 2/3; the two paired claims carry the same credibility each, and the values differ
	 * between them (mostly-true, true), so the ordinal α is 1; no attributions, so κ is undefined.
	 */
	@Test
	void agreementOverBothClonesIsWhatTheAnnotationsGiveByHand() throws Exception {
		Path alice = team.cloneFor("alice");
		Path bob = team.cloneFor("bob");
		annotate(alice, "alice", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");
		annotate(bob, "bob", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");
		annotate(alice, "alice", DOCUMENTS[1], "flatly denied a newspaper report", "true");
		annotate(bob, "bob", DOCUMENTS[1], "denied a newspaper report", "true");
		annotate(alice, "alice", DOCUMENTS[2], "the project will be finished", "false");
		annotate(bob, "bob", DOCUMENTS[2], "an independent engineer who reviewed the site", "true");

		assertEquals(Outcome.SYNCHRONIZED, team.sync(alice, "alice").outcome());
		assertEquals(Outcome.SYNCHRONIZED, team.sync(bob, "bob").outcome());
		assertEquals(Outcome.SYNCHRONIZED, team.sync(alice, "alice").outcome());

		for (Path clone : List.of(alice, bob)) {
			AgreementReport report = new AgreementOperation(CorpusStore.open(clone),
					new AgreementOptions(List.of("alice", "bob"), false)).execute(new NullProgressMonitor());
			PairFigures pair = report.corpus().pairs().get(0);
			assertEquals(3, pair.documents(), clone.toString());
			assertEquals(6, pair.claims().spans());
			assertEquals(1, pair.claims().exactMatches());
			assertEquals(2, pair.claims().overlapMatches());
			assertEquals(1.0 / 3, pair.claims().exactF1(), 1e-9);
			assertEquals(2.0 / 3, pair.claims().overlapF1(), 1e-9);
			assertEquals(1.0, pair.credibility().value(), 1e-9);
			assertEquals(null, pair.stance().value());
			assertEquals(List.of("alice the project will be finished", "bob an independent engineer who reviewed the site"),
					report.unmatched().stream().map(item -> item.annotator() + " " + item.quote()).sorted().toList());
		}
	}

	@Test
	void newAnnotatorsWhoRegisterThemselvesAndAddSourcesMergeTheCorpusFileWithoutConflict() throws Exception {
		TeamCorpora unregistered = new TeamCorpora(work.resolve("team2"));
		unregistered.leadShares();
		Path alice = unregistered.cloneFor("alice");
		Path bob = unregistered.cloneFor("bob");
		// the store adds each new annotator to corpus.attest's list: both append at the same place
		annotate(alice, "alice", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");
		addSource(alice, "kessick-harbor-master", "Kessick harbor master");
		annotate(bob, "bob", DOCUMENTS[0], "the rebound is fragile", "half-true");
		addSource(bob, "valmora-rail-union", "Valmora Rail Union");
		byte[] alicesLayer = Files.readAllBytes(layerFile(alice, "alice", DOCUMENTS[0]));

		assertEquals(Outcome.SYNCHRONIZED, unregistered.sync(alice, "alice").outcome());
		SynchronizeResult bobs = unregistered.sync(bob, "bob");
		SynchronizeResult alices = unregistered.sync(alice, "alice");

		assertEquals(Outcome.SYNCHRONIZED, bobs.outcome(), () -> bobs.conflicts().toString());
		assertEquals(List.of(new ChangedFile("corpus.attest", Change.MODIFIED),
				new ChangedFile("layers/alice/" + DOCUMENTS[0] + ".attest", Change.ADDED)), bobs.incoming());
		assertEquals(Outcome.SYNCHRONIZED, alices.outcome());
		for (Path clone : List.of(alice, bob)) {
			CorpusStore store = CorpusStore.open(clone);
			assertEquals(List.of("gold", "ana", "bob", "alice"),
					store.corpus().getAnnotators().stream().map(org.attest.model.Annotator::getName).toList(), clone.toString());
			List<String> sources = store.corpus().getSources().stream().map(Source::getId).toList();
			assertEquals(List.of("valmora-rail-union", "kessick-harbor-master"), sources.subList(sources.size() - 2, sources.size()),
					"bob's source, then alice's");
			assertEquals(3, store.documentIds().size());
			assertArrayEquals(alicesLayer, Files.readAllBytes(layerFile(clone, "alice", DOCUMENTS[0])));
		}
		assertArrayEquals(Files.readAllBytes(alice.resolve("corpus.attest")), Files.readAllBytes(bob.resolve("corpus.attest")));
		try (Git git = Git.open(bob.toFile())) {
			assertTrue(git.status().call().isClean());
		}
	}

	@Test
	void commitsCarryTheAnnotatorsNameNotTheMachinesGitConfiguration() throws Exception {
		Path alice = team.cloneFor("alice");
		annotate(alice, "alice", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");

		team.sync(alice, "alice");

		try (Git remote = Git.open(team.remote.toFile())) {
			RevCommit commit = remote.log().setMaxCount(1).call().iterator().next();
			for (PersonIdent person : List.of(commit.getAuthorIdent(), commit.getCommitterIdent())) {
				assertEquals("alice", person.getName());
				assertEquals("alice@attest.invalid", person.getEmailAddress());
			}
			assertEquals("Annotations by alice", commit.getFullMessage());
		}
	}

	@Test
	void conflictingRegistryEditsAreReportedAndTheLocalFileIsKept() throws Exception {
		Path alice = team.cloneFor("alice");
		Path bob = team.cloneFor("bob");
		renameSource(alice, "renata-cole", "Renata Cole-Ashby");
		renameSource(bob, "renata-cole", "Renata K. Cole");
		byte[] bobsRegistry = Files.readAllBytes(bob.resolve("corpus.attest"));
		assertEquals(Outcome.SYNCHRONIZED, team.sync(alice, "alice").outcome());
		ObjectId alicesCommit = remoteHead();

		SynchronizeResult result = team.sync(bob, "bob");

		assertEquals(Outcome.CONFLICT, result.outcome());
		assertEquals(List.of("corpus.attest"), result.conflicts());
		assertEquals(List.of("corpus.attest"), result.committed(), "bob's edit is kept in a local commit");
		assertTrue(result.commit().isPresent());
		assertEquals(List.of(), result.outgoing());
		assertArrayEquals(bobsRegistry, Files.readAllBytes(bob.resolve("corpus.attest")), "bob's file is as he saved it");
		assertEquals(alicesCommit, remoteHead(), "nothing was pushed over alice's change");
		try (Git git = Git.open(bob.toFile())) {
			assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState(), "no merge left half done");
			assertTrue(git.status().call().isClean());
		}
		assertEquals("Renata Cole-Ashby", sourceName(team.cloneFor("carol"), "renata-cole"), "alice's change is on the remote");

		SynchronizeResult again = team.sync(bob, "bob");
		assertEquals(Outcome.CONFLICT, again.outcome(), "the conflict stays reported until it is resolved");
		assertArrayEquals(bobsRegistry, Files.readAllBytes(bob.resolve("corpus.attest")));
	}

	@Test
	void anotherAnnotatorsChangedLayerIsNeitherCommittedNorOverwritten() throws Exception {
		Path bob = team.cloneFor("bob");
		Path anasLayer = layerFile(bob, "ana", DOCUMENTS[0]);
		String edited = Files.readString(anasLayer).replace("status=\"in-progress\"", "status=\"done\"");
		Files.writeString(anasLayer, edited);
		annotate(bob, "bob", DOCUMENTS[0], "the rebound is fragile", "half-true");

		SynchronizeResult result = team.sync(bob, "bob");

		assertEquals(Outcome.SYNCHRONIZED, result.outcome());
		assertEquals(List.of("layers/ana/" + DOCUMENTS[0] + ".attest"), result.notCommitted());
		assertEquals(List.of("layers/bob/" + DOCUMENTS[0] + ".attest"), result.committed());
		assertEquals(edited, Files.readString(anasLayer));
		try (Git git = Git.open(bob.toFile())) {
			assertEquals(java.util.Set.of("layers/ana/" + DOCUMENTS[0] + ".attest"), git.status().call().getModified());
		}
	}

	@Test
	void anIncomingChangeToALocallyEditedUncommittedFileStopsAsAConflict() throws Exception {
		Path lead = team.work.resolve("lead");
		Path bob = team.cloneFor("bob");
		String anas = "layers/ana/" + DOCUMENTS[0] + ".attest";
		Path leadsCopy = lead.resolve(anas);
		Files.writeString(leadsCopy, Files.readString(leadsCopy).replace("status=\"in-progress\"", "status=\"done\""));
		assertEquals(Outcome.SYNCHRONIZED, team.sync(lead, "ana").outcome());
		Path bobsCopy = bob.resolve(anas);
		String bobsEdit = Files.readString(bobsCopy).replace("status=\"in-progress\"", "status=\"todo\"");
		Files.writeString(bobsCopy, bobsEdit);

		SynchronizeResult result = team.sync(bob, "bob");

		assertEquals(Outcome.CONFLICT, result.outcome());
		assertEquals(List.of(anas), result.conflicts());
		assertEquals(bobsEdit, Files.readString(bobsCopy));
	}

	@Test
	void aPushRejectedBecauseSomeonePushedFirstIsMergedAndRetried() throws Exception {
		Path alice = team.cloneFor("alice");
		Path bob = team.cloneFor("bob");
		annotate(alice, "alice", DOCUMENTS[0], "Spring herring have returned to Kessick Harbor", "mostly-true");
		annotate(bob, "bob", DOCUMENTS[0], "the rebound is fragile", "half-true");
		List<SynchronizeResult> alicesSyncs = new ArrayList<>();
		SynchronizeOperation bobsSync = new SynchronizeOperation(bob, "bob", null);
		// alice pushes after bob has fetched and merged, just before bob pushes
		bobsSync.beforePush(() -> {
			if (alicesSyncs.isEmpty()) {
				try {
					alicesSyncs.add(team.sync(alice, "alice"));
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}
		});

		SynchronizeResult result = bobsSync.execute(new org.eclipse.core.runtime.NullProgressMonitor());

		assertEquals(Outcome.SYNCHRONIZED, alicesSyncs.get(0).outcome());
		assertEquals(Outcome.SYNCHRONIZED, result.outcome());
		assertEquals(List.of(new ChangedFile("layers/alice/" + DOCUMENTS[0] + ".attest", Change.ADDED)), result.incoming());
		try (Git git = Git.open(bob.toFile())) {
			assertEquals(remoteHead(), git.getRepository().resolve("HEAD"));
		}
		assertTrue(Files.isRegularFile(layerFile(bob, "alice", DOCUMENTS[0])));
	}

	@Test
	void withoutARemoteTheChangesAreCommittedLocally() throws Exception {
		Path corpus = TeamCorpora.copySamples(work.resolve("solo"));
		new ShareCorpusOperation(corpus, "solo", java.util.Optional.empty()).execute(new org.eclipse.core.runtime.NullProgressMonitor());
		annotate(corpus, "solo", DOCUMENTS[1], "flatly denied a newspaper report", "true");

		SynchronizeResult result = team.sync(corpus, "solo");

		assertEquals(Outcome.COMMITTED_LOCALLY, result.outcome());
		assertEquals(List.of("corpus.attest", "layers/solo/" + DOCUMENTS[1] + ".attest"), result.committed(),
				"the store registered the new annotator in corpus.attest");
	}

	@Test
	void aFolderThatIsNotSharedIsRefusedByName() throws Exception {
		Path corpus = TeamCorpora.copySamples(work.resolve("unshared"));

		IOException failure = org.junit.jupiter.api.Assertions.assertThrows(TeamOperationException.class, () -> team.sync(corpus, "bob"));

		assertTrue(failure.getMessage().startsWith(corpus + " is not shared yet"), failure.getMessage());
	}

	private ObjectId remoteHead() throws IOException {
		try (Repository remote = Git.open(team.remote.toFile()).getRepository()) {
			return remote.resolve("refs/heads/main");
		}
	}

	private static List<String> layerPaths(String annotator) {
		return List.of(DOCUMENTS).stream().map(document -> "layers/" + annotator + "/" + document + ".attest").toList();
	}

	private static List<ChangedFile> added(String annotator) {
		return layerPaths(annotator).stream().map(path -> new ChangedFile(path, Change.ADDED)).toList();
	}

	private static void renameSource(Path corpus, String id, String name) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		store.corpus().getSources().stream().filter(source -> id.equals(source.getId())).findFirst().orElseThrow().setName(name);
		store.save();
	}

	private static void addSource(Path corpus, String id, String name) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		Source source = org.attest.model.AttestFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setName(name);
		store.corpus().getSources().add(source);
		store.save();
	}

	private static String sourceName(Path corpus, String id) throws IOException {
		return CorpusStore.open(corpus).corpus().getSources().stream().filter(source -> id.equals(source.getId()))
				.map(Source::getName).findFirst().orElseThrow();
	}
}
