package org.attest.core.schema;

import static org.attest.core.schema.DefaultLabelSchema.COMMENT;
import static org.attest.core.schema.DefaultLabelSchema.DENY;
import static org.attest.core.schema.DefaultLabelSchema.QUERY;
import static org.attest.core.schema.DefaultLabelSchema.SUPPORT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the default stance labels translate to and from the labels of other stance corpora, for exporters and
 * importers: FNC-1, Emergent and SemEval-2016 Task 6. Each table is the one documented, with its reasoning and
 * what it loses, in {@code docs/labels.md}. All tables are read-only and iterate in the order of their keys'
 * set (ours: support, deny, query, comment).
 * <p>
 * Our four labels say how a source treats a claim's truth; every target scale has fewer labels, so query and
 * comment both become the target's neutral label, and that neutral label comes back as comment.
 */
public final class StanceMappings {

	private static final Map<String, String> TO_FNC1 = table(SUPPORT, "agree", DENY, "disagree", QUERY, "discuss", COMMENT, "discuss"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Map<String, String> FROM_FNC1 = table("agree", SUPPORT, "disagree", DENY, "discuss", COMMENT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Map<String, String> TO_EMERGENT = table(SUPPORT, "for", DENY, "against", QUERY, "observing", COMMENT, "observing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Map<String, String> FROM_EMERGENT = table("for", SUPPORT, "against", DENY, "observing", COMMENT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Map<String, String> TO_SEMEVAL_2016 = table(SUPPORT, "FAVOR", DENY, "AGAINST", QUERY, "NONE", COMMENT, "NONE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Map<String, String> FROM_SEMEVAL_2016 = table("FAVOR", SUPPORT, "AGAINST", DENY, "NONE", COMMENT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private StanceMappings() {
	}

	/** Our stance id → FNC-1 stance (agree, disagree, discuss); FNC-1's unrelated is never produced. */
	public static Map<String, String> toFnc1() {
		return TO_FNC1;
	}

	/** FNC-1 stance → our stance id; unrelated has no entry, as it means no attribution at all. */
	public static Map<String, String> fromFnc1() {
		return FROM_FNC1;
	}

	/** Our stance id → Emergent stance (for, against, observing). */
	public static Map<String, String> toEmergent() {
		return TO_EMERGENT;
	}

	/** Emergent stance → our stance id. */
	public static Map<String, String> fromEmergent() {
		return FROM_EMERGENT;
	}

	/** Our stance id → SemEval-2016 Task 6 stance (FAVOR, AGAINST, NONE). */
	public static Map<String, String> toSemEval2016() {
		return TO_SEMEVAL_2016;
	}

	/** SemEval-2016 Task 6 stance → our stance id. */
	public static Map<String, String> fromSemEval2016() {
		return FROM_SEMEVAL_2016;
	}

	private static Map<String, String> table(String... keysAndValues) {
		Map<String, String> table = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			table.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(table);
	}
}
