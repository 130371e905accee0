package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.Document;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

class HtmlImporterTest {

	/** The body paragraphs written in data/html/ferry-fares.html, typed again here by hand. */
	private static final String FERRY_FARES_BODY = """
			LANTERN BAY — Fares on the ferry between Lantern Bay and the mainland will rise by 18 percent on April 1, \
			the operator Gullwing Maritime said on Monday, blaming fuel costs and an ageing fleet.

			A return ticket for a foot passenger will go from £11.00 to £13.00, and a car with driver from £46.50 to \
			£54.90. Island residents keep their 30 percent discount, the company said.

			“We have held prices for three winters while diesel went up by half,” said Marit Oyelaran, Gullwing’s \
			chief executive. “We cannot keep two boats running on 2022 fares.”

			Residents fear isolation

			The Lantern Bay Residents’ Association said the increase would fall hardest on the island’s 1,400 \
			permanent residents, many of whom commute to jobs in Harrowford.

			Every rise means another family deciding the island is too expensive to live on.

			The association’s chair, Elias Brandvold, said it would ask the county council to:

			freeze residents’ fares until the new vessel enters service;

			publish the operator’s subsidy agreement in full.

			The county council’s transport committee will discuss the fares on February 23.""";

	@TempDir
	Path temp;
	private CorpusStore store;

	@BeforeEach
	void createCorpus() throws IOException {
		store = CorpusStore.create(temp.resolve("corpus"), "Imports", DefaultLabelSchema.create());
	}

	@Test
	void aSavedNewsPageGivesTheArticleAndNothingElse() throws IOException, URISyntaxException {
		Path page = testData("data/html/ferry-fares.html");

		ImportResult result = new HtmlImporter().importFile(store, page, "ana");

		assertEquals(List.of("ferry-fares"), result.documentIds());
		assertEquals(List.of(), result.problems());
		Document document = store.document("ferry-fares");
		assertEquals(FERRY_FARES_BODY, document.getText());
		assertEquals("Lantern Bay Ferry Fares to Rise 18 Percent in April, Operator Says", document.getTitle());
		assertEquals("Teodora Vasquez-Lind", document.getAuthor());
		assertEquals("2026-02-09T07:30:00+01:00", document.getPublished());
		assertEquals("The Lantern Bay Observer", document.getOutlet());
		assertEquals("https://lanternbay-observer.example/news/2026/02/09/ferry-fares", document.getUrl());
		assertEquals("en-GB", document.getLanguage());
	}

	/**
	 * The page refers to images, scripts, a stylesheet, a font and an ad frame on 192.0.2.1 (TEST-NET-1, which
	 * nothing answers: a fetch would hang until its timeout). Jsoup.parse(File, …) only reads the file, so the
	 * import is quick and nothing those resources would have supplied is in the text.
	 */
	@Test
	void remoteReferencesAreNeverFetched() throws IOException, URISyntaxException {
		Path page = testData("data/html/ferry-fares.html");
		assertTrue(Files.readString(page).contains("http://192.0.2.1/"));

		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new HtmlImporter().importFile(store, page, "ana"));

		String text = store.document("ferry-fares").getText();
		for (String outside : List.of("Advertisement", "Injected", "cookies", "Most Popular", "Harbour wall", "Share",
				"newsletter", "Islander77", "All rights reserved", "JavaScript", "Photo:", "Ferry breakdown", "Load more",
				"Follow the Observer", "cut them off")) {
			assertFalse(text.contains(outside), outside);
		}
	}

	@Test
	void withoutMetaTagsTheMarkupGivesTheMetadataAndTheLargestParagraphBlockTheBody() throws IOException {
		Path page = Files.writeString(temp.resolve("Plain Page.htm"), """
				<html><head><title>Plain title</title></head><body>
				<div class="top"><p>Short teaser.</p></div>
				<div class="content">
				  <h1>Council Approves Budget</h1>
				  <p class="byline">By Rui Takahashi</p>
				  <time datetime="2026-03-02">2 March</time>
				  <p>The council approved the budget on Tuesday by nine votes to four.</p>
				  <p>Opposition members called it <em>reckless</em>.</p>
				</div>
				<div class="promo"><p>Subscribe today and save on the first three months of the year.</p></div>
				</body></html>
				""");

		new HtmlImporter().importFile(store, page, "ana");

		Document document = store.document("plain-page");
		assertEquals("Council Approves Budget", document.getTitle());
		assertEquals("Rui Takahashi", document.getAuthor());
		assertEquals("2026-03-02", document.getPublished());
		assertEquals("The council approved the budget on Tuesday by nine votes to four.\n\n"
				+ "Opposition members called it reckless.", document.getText());
	}

	@Test
	void aPageWithoutArticleTextIsAProblem() throws IOException {
		Path page = Files.writeString(temp.resolve("menu.html"),
				"<html><body><nav><p>Home</p><p>News</p></nav><footer><p>Contact</p></footer></body></html>");

		ImportResult result = new HtmlImporter().importFile(store, page, "ana");

		assertEquals(List.of(), result.documentIds());
		assertTrue(result.problems().get(0).message().contains("no article text"), result.problems().get(0).message());
	}

	/** A file of this test fragment, unpacked to the file system if the fragment is a jar. */
	static Path testData(String path) throws IOException, URISyntaxException {
		URL entry = FileLocator.find(FrameworkUtil.getBundle(HtmlImporterTest.class), new org.eclipse.core.runtime.Path(path), null);
		assertTrue(entry != null, path + " is not in the test fragment (build.properties bin.includes?)");
		return Path.of(FileLocator.toFileURL(entry).toURI());
	}
}
