package org.attest.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing a corpus folder as a Git repository, and cloning one, with the refusals a person can meet. */
class CloneAndShareTest {

	@TempDir
	Path work;

	@Test
	void sharingCommitsTheCorpusWithLineEndRulesAndPushesIt() throws Exception {
		TeamCorpora team = new TeamCorpora(work);
		Path lead = TeamCorpora.copySamples(work.resolve("lead"));
		Files.writeString(lead.resolve(".project"), "<projectDescription/>\n");
		Files.writeString(lead.resolve("corpus.attest.saving"), "half a save");

		ShareCorpusOperation.ShareResult result = new ShareCorpusOperation(lead, "lead", Optional.of(team.url()))
				.execute(new NullProgressMonitor());

		assertTrue(result.created());
		assertTrue(result.commit().isPresent());
		assertEquals("* text=auto eol=lf", Files.readAllLines(lead.resolve(".gitattributes")).get(1));
		try (Git git = Git.open(lead.toFile())) {
			Status status = git.status().call();
			assertTrue(status.isClean(), "everything but the ignored files is committed");
			assertEquals(Set.of(".project", "corpus.attest.saving"), status.getIgnoredNotInIndex());
			assertEquals("main", git.getRepository().getBranch());
		}
		try (Git remote = Git.open(team.remote.toFile())) {
			RevCommit initial = remote.log().call().iterator().next();
			assertEquals("Share the corpus lead", initial.getFullMessage());
			PersonIdent author = initial.getAuthorIdent();
			assertEquals("lead <lead@attest.invalid>", author.getName() + " <" + author.getEmailAddress() + ">");
		}
		Path clone = team.cloneFor("alice");
		for (String file : List.of("corpus.attest", "documents/riverton-dam-delay.attest", "layers/gold/harbor-fish-stocks.attest",
				"articles/ministry-denies-report.txt", ".gitignore")) {
			assertEquals(Files.readString(lead.resolve(file)), Files.readString(clone.resolve(file)), file);
		}
		assertFalse(Files.exists(clone.resolve(".project")));
	}

	@Test
	void sharingToARemoteThatHasAnotherHistoryIsRefused() throws Exception {
		TeamCorpora team = new TeamCorpora(work);
		team.leadShares();
		Path other = TeamCorpora.copySamples(work.resolve("other"));

		TeamOperationException failure = assertThrows(TeamOperationException.class,
				() -> new ShareCorpusOperation(other, "carol", Optional.of(team.url())).execute(new NullProgressMonitor()));

		assertEquals(team.url() + " already holds another history: clone the corpus from there instead of sharing this one",
				failure.getMessage());
	}

	@Test
	void aFolderWithoutCorpusFileIsNotShared() throws Exception {
		Path folder = Files.createDirectories(work.resolve("notes"));

		TeamOperationException failure = assertThrows(TeamOperationException.class,
				() -> new ShareCorpusOperation(folder, "lead", Optional.empty()).execute(new NullProgressMonitor()));

		assertEquals(folder + " is not an Attest corpus folder (" + folder.resolve("corpus.attest") + " is missing)", failure.getMessage());
		assertFalse(Files.exists(folder.resolve(".git")));
	}

	@Test
	void cloningARepositoryWithoutCorpusLeavesNothingBehind() throws Exception {
		Path notCorpus = Files.createDirectories(work.resolve("code"));
		try (Git git = Git.init().setDirectory(notCorpus.toFile()).call()) {
			Files.writeString(notCorpus.resolve("README"), "not a corpus\n");
			git.add().addFilepattern("README").call();
			git.commit().setAuthor("x", "x@example.org").setCommitter("x", "x@example.org").setSign(false).setMessage("code").call();
		}
		Path target = work.resolve("clone");
		String url = notCorpus.toUri().toString();

		TeamOperationException failure = assertThrows(TeamOperationException.class,
				() -> new CloneCorpusOperation(url, target).execute(new NullProgressMonitor()));

		assertEquals(url + " holds no Attest corpus (no corpus.attest at its root); nothing was kept", failure.getMessage());
		assertFalse(Files.exists(target));
	}

	@Test
	void cloningIntoAFolderWithFilesIsRefused() throws Exception {
		TeamCorpora team = new TeamCorpora(work);
		team.leadShares();
		Path target = Files.createDirectories(work.resolve("busy"));
		Files.writeString(target.resolve("mine.txt"), "keep me");

		TeamOperationException failure = assertThrows(TeamOperationException.class,
				() -> new CloneCorpusOperation(team.url(), target).execute(new NullProgressMonitor()));

		assertEquals(target + " is not empty: clone into a new or empty folder", failure.getMessage());
		assertEquals("keep me", Files.readString(target.resolve("mine.txt")));
	}

	@Test
	void aRemoteThatDoesNotExistIsNamedInTheFailure() throws Exception {
		String url = work.resolve("nowhere.git").toUri().toString();

		TeamOperationException failure = assertThrows(TeamOperationException.class,
				() -> new CloneCorpusOperation(url, work.resolve("clone")).execute(new NullProgressMonitor()));

		assertTrue(failure.getMessage().startsWith("Cannot clone " + url + ": "), failure.getMessage());
		assertFalse(Files.exists(work.resolve("clone")));
	}
}
