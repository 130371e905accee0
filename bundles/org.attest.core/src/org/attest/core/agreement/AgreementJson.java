package org.attest.core.agreement;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * An {@link AgreementReport} as JSON, field for field, for scripts and notebooks. Undefined figures are
 * {@code null}; every other field is always present.
 */
public final class AgreementJson {

	private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping()
			.create();

	private AgreementJson() {
	}

	public static String toJson(AgreementReport report) {
		return GSON.toJson(report);
	}

	public static AgreementReport fromJson(String json) {
		return GSON.fromJson(json, AgreementReport.class);
	}
}
