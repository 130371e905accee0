package org.attest.core.export;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.schema.LabelSets;
import org.attest.model.LabelSchema;

/**
 * brat's {@code annotation.conf} for what {@link BratAnnotations} writes: the entity types, one relation
 * type per stance label (from a source mention to a claim), the credibility and checkworthiness attributes of
 * claims. Types and values come from the corpus's label schema in its order, then any used in the layers
 * but missing from the schema, sorted, so that every type used is declared. Overlap checks are off: claims
 * contain source mentions and cues.
 */
final class BratConfiguration {

	private BratConfiguration() {
	}

	static String of(LabelSchema schema, Set<String> usedRelationTypes, Set<String> usedCredibilities) {
		Set<String> relationTypes = new LinkedHashSet<>();
		LabelSets.find(schema, DefaultLabelSchema.STANCE).ifPresent(set -> set.getLabels()
				.forEach(label -> relationTypes.add(BratAnnotations.relationType(label.getId()))));
		relationTypes.addAll(new TreeSet<>(usedRelationTypes));
		Set<String> credibilities = new LinkedHashSet<>();
		LabelSets.find(schema, DefaultLabelSchema.CREDIBILITY).ifPresent(
				set -> set.getLabels().forEach(label -> credibilities.add(BratAnnotations.name(label.getId()))));
		credibilities.addAll(new TreeSet<>(usedCredibilities));

		StringBuilder conf = new StringBuilder();
		conf.append("# Attest export: claims, source mentions (Source) and cues; attributions are relations\n") //$NON-NLS-1$
				.append("# named by their stance, from the source mention to the claim; an attribution to a source\n") //$NON-NLS-1$
				.append("# the text does not mention is a note on the claim, \"Support: <source id>\".\n") //$NON-NLS-1$
				.append("[entities]\n") //$NON-NLS-1$
				.append(BratAnnotations.CLAIM).append('\n').append(BratAnnotations.SOURCE).append('\n')
				.append(BratAnnotations.CUE).append("\n\n[relations]\n"); //$NON-NLS-1$
		for (String type : relationTypes) {
			conf.append(type).append('\t').append("Arg1:").append(BratAnnotations.SOURCE).append(", Arg2:") //$NON-NLS-1$ //$NON-NLS-2$
					.append(BratAnnotations.CLAIM).append('\n');
		}
		conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"); //$NON-NLS-1$
		conf.append(BratAnnotations.CREDIBILITY).append("\tArg:").append(BratAnnotations.CLAIM); //$NON-NLS-1$
		if (!credibilities.isEmpty()) {
			conf.append(", Value:").append(String.join("|", credibilities)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		conf.append('\n').append(BratAnnotations.CHECKWORTHY).append("\tArg:").append(BratAnnotations.CLAIM) //$NON-NLS-1$
				.append('\n');
		return conf.toString();
	}
}
