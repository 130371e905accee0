package org.attest.core.schema;

import org.attest.model.AttestFactory;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;

/**
 * The label schema a new corpus starts with, so that annotators can begin without designing one and corpora
 * made with Attest stay comparable. Three sets, in this order:
 * <ul>
 * <li>{@value #STANCE}: a source's stance toward a claim, the SDQC labels of RumourEval (support, deny, query,
 * comment); nominal.</li>
 * <li>{@value #CREDIBILITY}: how true a claim is, PolitiFact's six-level scale from {@code true} to
 * {@code pants-fire}, best first, then {@value #UNVERIFIABLE}, which is <em>not</em> a point on that scale:
 * {@link LabelSets#scale(LabelSet)} leaves it out, and agreement code must not order it.</li>
 * <li>{@value #RELIABILITY}: how reliable a source is, {@code "5"} (very reliable) down to {@code "1"}
 * (unreliable). Best first like every ordinal set, so position 0 is the best label everywhere; the id is the
 * score, so a higher id means more reliable.</li>
 * </ul>
 * Ids are the stable, language-neutral part stored in annotations; names and descriptions are in the user's
 * language when the schema is created. Colours are readable on white (contrast at least 4.5:1) and run from
 * green to red on both ordinal scales; keys are the editor's one-key shortcuts, unique within a set.
 * {@code docs/labels.md} lists all of it.
 */
public final class DefaultLabelSchema {

	/** Id of the stance set. */
	public static final String STANCE = "stance"; //$NON-NLS-1$
	/** Id of the credibility scale. */
	public static final String CREDIBILITY = "credibility"; //$NON-NLS-1$
	/** Id of the source reliability scale. */
	public static final String RELIABILITY = "reliability"; //$NON-NLS-1$

	/** Stance: the source presents the claim as true. */
	public static final String SUPPORT = "support"; //$NON-NLS-1$
	/** Stance: the source presents the claim as false. */
	public static final String DENY = "deny"; //$NON-NLS-1$
	/** Stance: the source questions the claim. */
	public static final String QUERY = "query"; //$NON-NLS-1$
	/** Stance: the source reports the claim without judging it. */
	public static final String COMMENT = "comment"; //$NON-NLS-1$

	/** Credibility label outside the ordinal scale: the evidence decides neither way. */
	public static final String UNVERIFIABLE = "unverifiable"; //$NON-NLS-1$

	private DefaultLabelSchema() {
	}

	/** A new schema with the three default sets; each call builds fresh objects, ready to be contained in a corpus. */
	public static LabelSchema create() {
		LabelSchema schema = AttestFactory.eINSTANCE.createLabelSchema();
		schema.getLabelSets().add(stance());
		schema.getLabelSets().add(credibility());
		schema.getLabelSets().add(reliability());
		return schema;
	}

	private static LabelSet stance() {
		LabelSet set = labelSet(STANCE, Messages.DefaultLabelSchema_stance, false);
		add(set, SUPPORT, Messages.DefaultLabelSchema_support, "#2e7d32", "s", Messages.DefaultLabelSchema_supportDescription); //$NON-NLS-1$ //$NON-NLS-2$
		add(set, DENY, Messages.DefaultLabelSchema_deny, "#c62828", "d", Messages.DefaultLabelSchema_denyDescription); //$NON-NLS-1$ //$NON-NLS-2$
		add(set, QUERY, Messages.DefaultLabelSchema_query, "#1565c0", "q", Messages.DefaultLabelSchema_queryDescription); //$NON-NLS-1$ //$NON-NLS-2$
		add(set, COMMENT, Messages.DefaultLabelSchema_comment, "#616161", "c", Messages.DefaultLabelSchema_commentDescription); //$NON-NLS-1$ //$NON-NLS-2$
		return set;
	}

	private static LabelSet credibility() {
		LabelSet set = labelSet(CREDIBILITY, Messages.DefaultLabelSchema_credibility, true);
		add(set, "true", Messages.DefaultLabelSchema_true, "#1b7a36", "1", Messages.DefaultLabelSchema_trueDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "mostly-true", Messages.DefaultLabelSchema_mostlyTrue, "#4f7a12", "2", Messages.DefaultLabelSchema_mostlyTrueDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "half-true", Messages.DefaultLabelSchema_halfTrue, "#866a00", "3", Messages.DefaultLabelSchema_halfTrueDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "barely-true", Messages.DefaultLabelSchema_barelyTrue, "#b04e00", "4", Messages.DefaultLabelSchema_barelyTrueDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "false", Messages.DefaultLabelSchema_false, "#c62828", "5", Messages.DefaultLabelSchema_falseDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "pants-fire", Messages.DefaultLabelSchema_pantsFire, "#8b0000", "6", Messages.DefaultLabelSchema_pantsFireDescription); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, UNVERIFIABLE, Messages.DefaultLabelSchema_unverifiable, "#5f6368", "0", Messages.DefaultLabelSchema_unverifiableDescription); //$NON-NLS-1$ //$NON-NLS-2$
		return set;
	}

	private static LabelSet reliability() {
		LabelSet set = labelSet(RELIABILITY, Messages.DefaultLabelSchema_reliability, true);
		add(set, "5", Messages.DefaultLabelSchema_reliability5, "#1b7a36", "5", Messages.DefaultLabelSchema_reliability5Description); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "4", Messages.DefaultLabelSchema_reliability4, "#4f7a12", "4", Messages.DefaultLabelSchema_reliability4Description); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "3", Messages.DefaultLabelSchema_reliability3, "#866a00", "3", Messages.DefaultLabelSchema_reliability3Description); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "2", Messages.DefaultLabelSchema_reliability2, "#b04e00", "2", Messages.DefaultLabelSchema_reliability2Description); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(set, "1", Messages.DefaultLabelSchema_reliability1, "#c62828", "1", Messages.DefaultLabelSchema_reliability1Description); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return set;
	}

	private static LabelSet labelSet(String id, String name, boolean ordinal) {
		LabelSet set = AttestFactory.eINSTANCE.createLabelSet();
		set.setId(id);
		set.setName(name);
		set.setOrdinal(ordinal);
		return set;
	}

	private static void add(LabelSet set, String id, String name, String color, String key, String description) {
		Label label = AttestFactory.eINSTANCE.createLabel();
		label.setId(id);
		label.setName(name);
		label.setColor(color);
		label.setKey(key);
		label.setDescription(description);
		set.getLabels().add(label);
	}
}
