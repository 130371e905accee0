package org.attest.core.annotate;

import java.text.Normalizer;
import java.util.Locale;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Corpus;
import org.attest.model.Cue;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The annotator's actions as EMF commands: run on the editing domain's command stack, each is one undoable
 * step. Spans are placed on the layer's document text with their quote and context.
 */
public final class AnnotationCommands {

	private static final AttestPackage P = AttestPackage.eINSTANCE;
	private static final AttestFactory F = AttestFactory.eINSTANCE;

	private AnnotationCommands() {
	}

	/** Marks [begin, end) of the layer's document as a (factual, check-worthy) claim. */
	public static Command markClaim(EditingDomain domain, AnnotationLayer layer, int begin, int end) {
		ClaimMention claim = F.createClaimMention();
		claim.setClaimType(ClaimType.FACTUAL);
		claim.setCheckworthy(true);
		SpanAnchors.place(claim, layer.getDocument().getText(), begin, end);
		return labelled(AddCommand.create(domain, layer, P.getAnnotationLayer_Claims(), claim), Messages.AnnotationCommands_markClaim);
	}

	/**
	 * Marks [begin, end) as a mention of {@code source}; a source not yet in the corpus's registry is added to
	 * it in the same step.
	 */
	public static Command markSourceMention(EditingDomain domain, AnnotationLayer layer, int begin, int end, Source source,
			Corpus corpus) {
		SourceMention mention = F.createSourceMention();
		SpanAnchors.place(mention, layer.getDocument().getText(), begin, end);
		mention.setSource(source);
		CompoundCommand command = new CompoundCommand(Messages.AnnotationCommands_markSource);
		if (source.eContainer() == null) {
			command.append(AddCommand.create(domain, corpus, P.getCorpus_Sources(), source));
		}
		command.append(AddCommand.create(domain, layer, P.getAnnotationLayer_SourceMentions(), mention));
		return command;
	}

	/** Marks [begin, end) as a cue; when {@code attribution} is given, it becomes that attribution's cue. */
	public static Command markCue(EditingDomain domain, AnnotationLayer layer, int begin, int end, Attribution attribution) {
		Cue cue = F.createCue();
		SpanAnchors.place(cue, layer.getDocument().getText(), begin, end);
		CompoundCommand command = new CompoundCommand(Messages.AnnotationCommands_markCue);
		command.append(AddCommand.create(domain, layer, P.getAnnotationLayer_Cues(), cue));
		if (attribution != null) {
			command.append(SetCommand.create(domain, attribution, P.getAttribution_Cue(), cue));
		}
		return command;
	}

	/** Attributes the claim to the source (through the mention, when given); the stance is set next. */
	public static Command link(EditingDomain domain, AnnotationLayer layer, ClaimMention claim, Source source,
			SourceMention mention) {
		Attribution attribution = F.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setMention(mention);
		return labelled(AddCommand.create(domain, layer, P.getAnnotationLayer_Attributions(), attribution),
				Messages.AnnotationCommands_link);
	}

	public static Command setStance(EditingDomain domain, Attribution attribution, String stance) {
		return labelled(SetCommand.create(domain, attribution, P.getAttribution_Stance(), stance),
				NLS.bind(Messages.AnnotationCommands_setStance, stance));
	}

	public static Command setCredibility(EditingDomain domain, ClaimMention claim, String credibility) {
		return labelled(SetCommand.create(domain, claim, P.getClaimMention_Credibility(), credibility),
				NLS.bind(Messages.AnnotationCommands_setCredibility, credibility));
	}

	/** Sets how far the annotator has come with the layer (to do, in progress, done). */
	public static Command setStatus(EditingDomain domain, AnnotationLayer layer, LayerStatus status) {
		return labelled(SetCommand.create(domain, layer, P.getAnnotationLayer_Status(), status),
				NLS.bind(Messages.AnnotationCommands_setStatus, status.getLiteral()));
	}

	/**
	 * The command, and with it the layer's move from to do to in progress when this is the annotator's first
	 * change to it: one step, so that undoing the first annotation makes the layer to do again.
	 */
	public static Command startingWork(EditingDomain domain, AnnotationLayer layer, Command command) {
		if (layer.getStatus() != LayerStatus.TODO) {
			return command;
		}
		CompoundCommand started = new CompoundCommand(command.getLabel());
		started.append(command);
		started.append(SetCommand.create(domain, layer, P.getAnnotationLayer_Status(), LayerStatus.IN_PROGRESS));
		return started;
	}

	/**
	 * Deletes a span: a claim together with its attributions; a source mention or cue is first detached from
	 * the attributions that point to it, which stay.
	 */
	public static Command delete(EditingDomain domain, AnnotationLayer layer, Span span) {
		CompoundCommand command = new CompoundCommand(Messages.AnnotationCommands_delete);
		for (Attribution attribution : layer.getAttributions()) {
			if (attribution.getClaim() == span) {
				command.append(RemoveCommand.create(domain, layer, P.getAnnotationLayer_Attributions(), attribution));
			} else if (attribution.getMention() == span) {
				command.append(SetCommand.create(domain, attribution, P.getAttribution_Mention(), SetCommand.UNSET_VALUE));
			} else if (attribution.getCue() == span) {
				command.append(SetCommand.create(domain, attribution, P.getAttribution_Cue(), SetCommand.UNSET_VALUE));
			}
		}
		command.append(RemoveCommand.create(domain, layer, span.eContainingFeature(), span));
		return command;
	}

	/** A new registry source named as in the text, with an id derived from the name and unique in the corpus. */
	public static Source newSource(Corpus corpus, String name, SourceKind kind) {
		Source source = F.createSource();
		source.setName(name.strip());
		source.setKind(kind);
		String base = slug(name);
		String id = base;
		for (int i = 2; idTaken(corpus, id); i++) {
			id = base + '-' + i;
		}
		source.setId(id);
		return source;
	}

	private static boolean idTaken(Corpus corpus, String id) {
		return corpus.getSources().stream().anyMatch(s -> id.equals(s.getId()));
	}

	private static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return slug.isEmpty() ? "source" : slug; //$NON-NLS-1$
	}

	private static Command labelled(Command command, String label) {
		CompoundCommand named = new CompoundCommand(label);
		named.append(command);
		return named;
	}
}
