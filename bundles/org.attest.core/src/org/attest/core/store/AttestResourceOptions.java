package org.attest.core.store;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** How Attest's XMI files are read and written, in one place. */
public final class AttestResourceOptions {

	/**
	 * SAX parsers shared by every store's loads: making a parser for each file took about 40% of the CPU time
	 * of reading a document and its layer (measured on the export benchmark's documents). The pool is
	 * thread-safe and gives parsers with the features asked for.
	 */
	private static final XMLParserPool PARSERS = new XMLParserPoolImpl();

	private AttestResourceOptions() {
	}

	/**
	 * Deterministic output: UTF-8, LF line ends, no schema location, the document text as an element (so it
	 * diffs line by line), references as readable relative hrefs; a reference to an object that is in no
	 * resource is an error rather than silently dropped.
	 */
	static Map<Object, Object> save() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	/**
	 * Reading: the same metadata as writing; no DOCTYPE, so no external entities and no entity expansion;
	 * parsers from the pool. Secure processing is a second line should a parser ever accept a DOCTYPE: it
	 * forbids fetching external DTDs and caps entity expansion. The parser reads the encoding from the XML
	 * declaration itself, as XML says: EMF's deprecated way of sniffing it first wrapped every file in a
	 * buffered stream of its own, a sixth of all memory an export allocated.
	 */
	static Map<Object, Object> load() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		return options;
	}

	/** A load failure as a person reads it: with line and column where the parser knows them. */
	public static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof Resource.IOWrappedException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof XMIException xmi && xmi.getLine() > 0) {
			return "line " + xmi.getLine() + ", column " + xmi.getColumn() + ": " + xmi.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (cause instanceof org.xml.sax.SAXParseException sax && sax.getLineNumber() > 0) {
			return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + sax.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return String.valueOf(cause.getMessage());
	}
}
