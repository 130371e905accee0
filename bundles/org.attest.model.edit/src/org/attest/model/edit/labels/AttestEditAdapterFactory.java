package org.attest.model.edit.labels;

import org.attest.model.edit.provider.AttestItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/**
 * The item provider adapter factory for Attest's user interface: the generated one, with item providers whose
 * labels show what annotators recognise (quotes, names, who-says-what) instead of "type id". Everything else
 * (icons, children, properties, commands) is the generated providers' own.
 * <p>
 * The {@code itemProviderAdapterFactories} extension in {@code plugin.xml} is generated and still names the
 * generated factory, so the global registry hands out generic labels: views and editors create this factory
 * themselves and put it ahead of the registry in their {@code ComposedAdapterFactory}. Metadata entries and the
 * label schema keep their generated labels, which are already readable ({@code key -> value}, "Label Schema").
 */
public class AttestEditAdapterFactory extends AttestItemProviderAdapterFactory {

	@Override
	public Adapter createCorpusAdapter() {
		if (corpusItemProvider == null) {
			corpusItemProvider = new ReadableCorpusItemProvider(this);
		}
		return corpusItemProvider;
	}

	@Override
	public Adapter createAnnotatorAdapter() {
		if (annotatorItemProvider == null) {
			annotatorItemProvider = new ReadableAnnotatorItemProvider(this);
		}
		return annotatorItemProvider;
	}

	@Override
	public Adapter createDocumentAdapter() {
		if (documentItemProvider == null) {
			documentItemProvider = new ReadableDocumentItemProvider(this);
		}
		return documentItemProvider;
	}

	@Override
	public Adapter createAnnotationLayerAdapter() {
		if (annotationLayerItemProvider == null) {
			annotationLayerItemProvider = new ReadableAnnotationLayerItemProvider(this);
		}
		return annotationLayerItemProvider;
	}

	@Override
	public Adapter createClaimMentionAdapter() {
		if (claimMentionItemProvider == null) {
			claimMentionItemProvider = new ReadableClaimMentionItemProvider(this);
		}
		return claimMentionItemProvider;
	}

	@Override
	public Adapter createSourceMentionAdapter() {
		if (sourceMentionItemProvider == null) {
			sourceMentionItemProvider = new ReadableSourceMentionItemProvider(this);
		}
		return sourceMentionItemProvider;
	}

	@Override
	public Adapter createCueAdapter() {
		if (cueItemProvider == null) {
			cueItemProvider = new ReadableCueItemProvider(this);
		}
		return cueItemProvider;
	}

	@Override
	public Adapter createAttributionAdapter() {
		if (attributionItemProvider == null) {
			attributionItemProvider = new ReadableAttributionItemProvider(this);
		}
		return attributionItemProvider;
	}

	@Override
	public Adapter createSourceAdapter() {
		if (sourceItemProvider == null) {
			sourceItemProvider = new ReadableSourceItemProvider(this);
		}
		return sourceItemProvider;
	}

	@Override
	public Adapter createLabelSetAdapter() {
		if (labelSetItemProvider == null) {
			labelSetItemProvider = new ReadableLabelSetItemProvider(this);
		}
		return labelSetItemProvider;
	}

	@Override
	public Adapter createLabelAdapter() {
		if (labelItemProvider == null) {
			labelItemProvider = new ReadableLabelItemProvider(this);
		}
		return labelItemProvider;
	}
}
