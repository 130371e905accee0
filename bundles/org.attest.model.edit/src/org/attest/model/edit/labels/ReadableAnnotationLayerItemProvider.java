package org.attest.model.edit.labels;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.Document;
import org.attest.model.edit.provider.AnnotationLayerItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * Labels a layer as whose work on which document and how far, e.g. {@code ana: doc-007 (in-progress)}.
 * The document is named by id without being loaded: each document is a resource of its own, and labelling
 * a list of layers must not read every article. A document not yet loaded is a proxy whose URI fragment is
 * its id.
 */
class ReadableAnnotationLayerItemProvider extends AnnotationLayerItemProvider {

	ReadableAnnotationLayerItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		AnnotationLayer layer = (AnnotationLayer) object;
		String annotator = ItemTexts.firstPresent(layer.getAnnotator(), ItemTexts.none());
		String document = ItemTexts.firstPresent(documentId(layer), ItemTexts.none());
		String status = getString("_UI_LayerStatus_" + layer.getStatus().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		return ItemTexts.string("_UI_Attest_AnnotationLayer_text", annotator, document, status); //$NON-NLS-1$
	}

	private static String documentId(AnnotationLayer layer) {
		EObject document = (EObject) layer.eGet(AttestPackage.Literals.ANNOTATION_LAYER__DOCUMENT, false);
		if (document == null) {
			return null;
		}
		return document.eIsProxy() ? ((InternalEObject) document).eProxyURI().fragment() : ((Document) document).getId();
	}

	/** Also refreshes the label when the document is replaced: the generated provider does not, as it is a reference. */
	@Override
	public void notifyChanged(Notification notification) {
		if (notification.getFeatureID(AnnotationLayer.class) == AttestPackage.ANNOTATION_LAYER__DOCUMENT) {
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
		} else {
			super.notifyChanged(notification);
		}
	}
}
