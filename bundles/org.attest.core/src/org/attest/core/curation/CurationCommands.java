package org.attest.core.curation;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The curator's actions as EMF commands on a {@link Curation}: each is one compound command, so one undoable
 * step, named for Edit > Undo. A command is built for the curation it is given; run it before the layers
 * change, and compute a new curation after it ran. A command with nothing to do cannot execute.
 * <p>
 * Accepting makes gold's annotation of the item equal to the annotator's: it copies the annotator's
 * annotation into gold, with a new id, when gold has none there, and otherwise sets gold's one to the
 * annotator's offsets, quote, labels and note, keeping gold's id (so gold's attributions keep pointing at it).
 * An accepted attribution needs its claim, source mention and cue in gold: it takes gold's annotation of the
 * same item where gold has one, and brings the annotator's (as accepting that item would) where gold has
 * none. Its source is the same registry source.
 */
public final class CurationCommands {

	private static final AttestPackage P = AttestPackage.eINSTANCE;

	private CurationCommands() {
	}

	/**
	 * Accepts the annotator's annotation of the item into gold.
	 *
	 * @throws IllegalArgumentException when the annotator has no annotation in the item
	 * @throws IllegalStateException when the curation has no gold layer (create it first, e.g. with
	 *             {@code CorpusStore.layerFor(documentId, CorpusStore.GOLD)})
	 */
	public static Command accept(EditingDomain domain, Curation curation, CurationItem item, String annotator) {
		if (item.annotation(annotator) == null) {
			throw new IllegalArgumentException(annotator + " has no annotation in " + item); //$NON-NLS-1$
		}
		GoldPlan plan = new GoldPlan(domain, curation,
				NLS.bind(Messages.CurationCommands_accept, annotator, item.kind().label()));
		plan.take(item, annotator);
		return plan.command;
	}

	/**
	 * Accepts into gold, in one step, every item on which at least {@code k} annotators agree and no other
	 * reading has as many ({@link CurationItem#majority()}), where gold has nothing yet and the item is not
	 * rejected. Claims, source mentions and cues come first; an attribution is taken only when gold then holds
	 * its claim, source mention and cue, so that this never decides an item that is not agreed.
	 *
	 * @param k at least 1, at most the number of annotators
	 */
	public static Command acceptAgreed(EditingDomain domain, Curation curation, int k) {
		int annotators = curation.annotators().size();
		if (k < 1 || k > annotators) {
			throw new IllegalArgumentException("k must be between 1 and " + annotators + ": " + k); //$NON-NLS-1$ //$NON-NLS-2$
		}
		GoldPlan plan = new GoldPlan(domain, curation,
				NLS.bind(Messages.CurationCommands_acceptAgreed, k, annotators));
		for (CurationKind kind : CurationKind.values()) {
			for (CurationItem item : curation.items()) {
				if (item.kind() != kind || item.gold() != null || item.status() == CurationStatus.REJECTED) {
					continue;
				}
				Optional<String> annotator = item.majority().filter(group -> group.size() >= k)
						.map(group -> group.iterator().next());
				if (annotator.isPresent()
						&& (kind != CurationKind.ATTRIBUTION || plan.holdsEnds((Attribution) item.annotation(annotator.get())))) {
					plan.take(item, annotator.get());
				}
			}
		}
		return plan.command;
	}

	/** Rejects the item: gold takes none of its annotators' annotations, and it is no conflict any more. */
	public static Command reject(EditingDomain domain, Curation curation, CurationItem item) {
		return curation.rejections().reject(domain, item.annotations(),
				NLS.bind(Messages.CurationCommands_reject, item.kind().label()));
	}

	/** Builds the commands that bring annotations into gold, remembering what it brought for later steps. */
	private static final class GoldPlan {

		private final EditingDomain domain;
		private final Curation curation;
		private final AnnotationLayer gold;
		private final CompoundCommand command;
		/** Gold's annotation of an item as this plan leaves it, where that differs from the curation's. */
		private final Map<CurationItem, EObject> planned = new IdentityHashMap<>();

		GoldPlan(EditingDomain domain, Curation curation, String label) {
			if (curation.gold() == null) {
				throw new IllegalStateException("the document has no gold layer yet: create it before curating"); //$NON-NLS-1$
			}
			this.domain = domain;
			this.curation = curation;
			gold = curation.gold();
			command = new CompoundCommand(label);
		}

		/** Gold's annotation of the item once the commands planned so far have run. */
		EObject goldOf(CurationItem item) {
			return planned.containsKey(item) ? planned.get(item) : item.gold();
		}

		/** Makes gold's annotation of the item equal to the annotator's; returns gold's annotation. */
		EObject take(CurationItem item, String annotator) {
			EObject chosen = item.annotation(annotator);
			EObject taken = chosen instanceof Attribution attribution ? takeAttribution(attribution, annotator, goldOf(item))
					: takeSpan((Span) chosen, goldOf(item));
			planned.put(item, taken);
			return taken;
		}

		private Span takeSpan(Span chosen, EObject existing) {
			if (existing == null) {
				Span copy = EcoreUtil.copy(chosen); // references (a mention's source) stay the same objects
				copy.setId(UUID.randomUUID().toString());
				command.append(AddCommand.create(domain, gold, chosen.eContainingFeature(), copy));
				return copy;
			}
			EAttribute id = chosen.eClass().getEIDAttribute();
			for (EStructuralFeature feature : chosen.eClass().getEAllStructuralFeatures()) {
				boolean copied = feature != id && feature.isChangeable() && !feature.isDerived() && !feature.isMany()
						&& !(feature instanceof EReference reference && reference.isContainment());
				if (copied) {
					set(existing, feature, chosen.eGet(feature));
				}
			}
			return (Span) existing;
		}

		private Attribution takeAttribution(Attribution chosen, String annotator, EObject existing) {
			ClaimMention claim = (ClaimMention) end(chosen.getClaim(), annotator);
			SourceMention mention = (SourceMention) end(chosen.getMention(), annotator);
			Cue cue = (Cue) end(chosen.getCue(), annotator);
			if (existing == null) {
				Attribution copy = AttestFactory.eINSTANCE.createAttribution();
				copy.setId(UUID.randomUUID().toString());
				copy.setClaim(claim);
				copy.setSource(chosen.getSource());
				copy.setMention(mention);
				copy.setCue(cue);
				copy.setStance(chosen.getStance());
				command.append(AddCommand.create(domain, gold, P.getAnnotationLayer_Attributions(), copy));
				return copy;
			}
			set(existing, P.getAttribution_Claim(), claim);
			set(existing, P.getAttribution_Source(), chosen.getSource());
			set(existing, P.getAttribution_Mention(), mention);
			set(existing, P.getAttribution_Cue(), cue);
			set(existing, P.getAttribution_Stance(), chosen.getStance());
			return (Attribution) existing;
		}

		/**
		 * Gold's counterpart of an attribution's claim, mention or cue: gold's annotation of its item, else the
		 * annotator's brought into gold.
		 */
		private EObject end(Span span, String annotator) {
			if (span == null) {
				return null;
			}
			CurationItem item = curation.itemOf(span);
			if (item == null) { // an end outside the annotator's layer, which the validator reports: copy it as it is
				return takeSpan(span, null);
			}
			EObject existing = goldOf(item);
			return existing != null ? existing : take(item, annotator);
		}

		/** Whether gold holds (or this plan brings) the claim, and the mention and cue if any, of the attribution. */
		boolean holdsEnds(Attribution attribution) {
			return Stream.of(attribution.getClaim(), attribution.getMention(), attribution.getCue()).filter(Objects::nonNull)
					.allMatch(end -> curation.itemOf(end) != null && goldOf(curation.itemOf(end)) != null);
		}

		private void set(EObject owner, EStructuralFeature feature, Object value) {
			if (!Objects.equals(owner.eGet(feature), value)) {
				command.append(SetCommand.create(domain, owner, feature, value));
			}
		}
	}
}
