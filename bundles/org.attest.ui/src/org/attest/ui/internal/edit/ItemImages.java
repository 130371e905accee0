package org.attest.ui.internal.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * The SWT images for what item providers return as images: the URL of an icon in an edit bundle, or a
 * {@link ComposedImage} of an icon with overlays, shown here as its first layer (the icon itself; Attest's
 * providers add overlays only to proxies and controlled objects). Item providers cannot hand out SWT images
 * themselves, as the edit bundles stay free of SWT. Each icon is loaded once; the owner disposes the cache.
 */
final class ItemImages {

	/** Keyed by the URL's text: {@link URL#equals} would resolve host names. */
	private final Map<String, Image> images = new HashMap<>();

	/** The image for an item provider's image object; {@code null} for none or one that does not load. */
	Image get(Object itemImage) {
		URL url = urlOf(itemImage);
		if (url == null) {
			return null;
		}
		return images.computeIfAbsent(url.toExternalForm(), key -> ImageDescriptor.createFromURL(url).createImage(false));
	}

	void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}

	private static URL urlOf(Object itemImage) {
		if (itemImage instanceof URL url) {
			return url;
		}
		if (itemImage instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			return urlOf(composed.getImages().get(0));
		}
		return null;
	}
}
