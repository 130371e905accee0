package org.attest.model.edit.labels;

import org.attest.model.ClaimMention;
import org.attest.model.edit.provider.ClaimMentionItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/**
 * Labels a claim by its quote, e.g. {@code “the dam will be finished by spring” [mostly-true]}: the
 * credibility label id follows in brackets when it is set, because it is the one judgement made on the claim
 * itself and curators scan for it; the id, not the name, because the schema is not reachable from a claim.
 * A claim without a quote shows its offsets: {@code Claim [12–40]}.
 */
class ReadableClaimMentionItemProvider extends ClaimMentionItemProvider {

	ReadableClaimMentionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		ClaimMention claim = (ClaimMention) object;
		String text = ItemTexts.claim(claim);
		String credibility = ItemTexts.firstPresent(claim.getCredibility());
		return credibility == null ? text : ItemTexts.string("_UI_Attest_ClaimMention_credibility", text, credibility); //$NON-NLS-1$
	}
}
