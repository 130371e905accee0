package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;

import com.google.gson.stream.JsonWriter;

/**
 * Exports the chosen layer of every document as one W3C Web Annotation (JSON-LD) {@code AnnotationCollection}
 * in one file, so that annotation tools and triple stores read the corpus without knowing Attest: the whole
 * corpus is the collection's one embedded {@code AnnotationPage}, whose items {@link WebAnnotationItems} writes
 * document by document. {@code total} follows the page, because it is known only once every document has been
 * streamed; JSON-LD does not depend on key order. With a split plan the target is a folder of
 * {@code train.jsonld}, {@code dev.jsonld} and {@code test.jsonld} ({@link SplitTextExport}), each a collection
 * of its own, named after the corpus and the split. {@code docs/formats.md} shows the design.
 */
public final class WebAnnotationExporter implements CorpusExporter {

	/** The format's name. */
	public static final String FORMAT = "webannotation"; //$NON-NLS-1$

	/** The Web Annotation JSON-LD context. */
	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld"; //$NON-NLS-1$
	/** The extension of each split's file: JSON-LD's. */
	static final String EXTENSION = "jsonld"; //$NON-NLS-1$

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws IOException {
		String name = Objects.toString(store.corpus().getName(), ""); //$NON-NLS-1$
		SplitTextExport.write(store, options, target, EXTENSION, (out, split) -> {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  "); //$NON-NLS-1$
			json.beginObject();
			json.name("@context").value(CONTEXT); //$NON-NLS-1$
			json.name("id").value(split == null ? AttestUris.corpus(name) : AttestUris.corpusSplit(name, split)); //$NON-NLS-1$
			json.name("type").value("AnnotationCollection"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("label").value(split == null ? name : name + " (" + split + ')'); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("first").beginObject(); //$NON-NLS-1$
			json.name("type").value("AnnotationPage"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("items").beginArray(); //$NON-NLS-1$
			WebAnnotationItems items = new WebAnnotationItems(json, options.offsets());
			return new SplitTextExport.Part() {

				@Override
				public void add(DocumentStream.Item item) throws IOException {
					if (item.layer().isPresent()) {
						items.write(item.document(), item.layer().get());
					}
				}

				@Override
				public void finish() throws IOException {
					json.endArray();
					json.endObject();
					json.name("total").value(items.count()); //$NON-NLS-1$
					json.endObject();
					json.flush();
					out.write('\n');
				}
			};
		}, monitor);
	}
}
