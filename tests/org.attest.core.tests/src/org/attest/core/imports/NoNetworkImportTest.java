package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.core.tests.NetworkTrap;
import org.attest.model.Document;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a saved page fetches nothing it refers to. Its images, scripts, styles, frames, fonts and the
 * like point at a local server that records every connection, at other hosts, and at https; while it imports,
 * the default proxy selector records every URL that Java's HTTP clients would open. Afterwards the server saw no
 * connection, the selector no URL, and the document holds the article's paragraphs.
 */
class NoNetworkImportTest {

	@TempDir
	Path temp;

	@Test
	void anImportedPageFetchesNothing() throws Exception {
		try (NetworkTrap trap = new NetworkTrap()) {
			Path page = Files.writeString(temp.resolve("harbour-fares.html"), """
					<!DOCTYPE html>
					<html lang="en"><head>
					<meta charset="utf-8">
					<base href="TRAP/base/">
					<title>Harbour fares | The Observer</title>
					<meta http-equiv="refresh" content="0; url=TRAP/refresh">
					<link rel="stylesheet" href="TRAP/style.css">
					<link rel="preload" as="font" href="https://fonts.example.invalid/serif.woff2" crossorigin>
					<link rel="icon" href="TRAP/favicon.ico">
					<link rel="canonical" href="https://news.example/harbour-fares">
					<style>@import url("TRAP/import.css"); body { background: url(TRAP/background.png); }</style>
					<script src="TRAP/app.js"></script>
					<script>fetch("TRAP/beacon"); new Image().src = "//tracker.example.invalid/pixel.gif";</script>
					</head><body>
					<article>
					<h1>Harbour fares to rise</h1>
					<img src="TRAP/photo.jpg" srcset="TRAP/photo-2x.jpg 2x" alt="The harbour at dawn">
					<p>The harbour authority said on Tuesday that ferry fares would rise by a tenth in May.</p>
					<picture><source srcset="TRAP/photo.webp"><img src="//cdn.example.invalid/photo.jpg" alt=""></picture>
					<p style="background-image: url('TRAP/inline.png')">Commuters' groups called the rise <a href="TRAP/link">unjustified</a>.</p>
					<iframe src="TRAP/advert.html"></iframe>
					<object data="TRAP/movie.swf"></object><embed src="TRAP/embed.svg">
					<video src="TRAP/clip.mp4" poster="TRAP/poster.jpg"><track src="TRAP/captions.vtt"></video>
					<svg><image href="TRAP/drawing.png"/></svg>
					</article>
					</body></html>
					""".replace("TRAP/", trap.url("/")));
			CorpusStore store = CorpusStore.create(temp.resolve("corpus"), "Offline", DefaultLabelSchema.create());
			RecordingProxySelector selector = new RecordingProxySelector();
			ProxySelector previous = ProxySelector.getDefault();
			ProxySelector.setDefault(selector);
			List<ImportResult> results;
			try {
				results = new CorpusImport().run(store, List.of(page), "ana", new NullProgressMonitor());
			} finally {
				ProxySelector.setDefault(previous);
			}

			assertEquals(0, trap.connections(), "connections to the page's local server");
			assertEquals(List.of(), selector.asked, "URLs Java's HTTP clients were asked to open");
			assertEquals(List.of(), results.get(0).problems());
			Document document = store.document("harbour-fares");
			assertEquals("The harbour authority said on Tuesday that ferry fares would rise by a tenth in May.\n\n"
					+ "Commuters' groups called the rise unjustified.", document.getText());
			assertEquals("Harbour fares to rise", document.getTitle());
			assertEquals("https://news.example/harbour-fares", document.getUrl());
		}
	}

	/** Answers "no proxy" to every URL, after writing it down. */
	private static final class RecordingProxySelector extends ProxySelector {

		final List<URI> asked = new CopyOnWriteArrayList<>();

		@Override
		public List<Proxy> select(URI uri) {
			asked.add(uri);
			return List.of(Proxy.NO_PROXY);
		}

		@Override
		public void connectFailed(URI uri, SocketAddress address, IOException failure) {
			// never connected, so never failed: select already wrote the URI down
		}
	}
}
