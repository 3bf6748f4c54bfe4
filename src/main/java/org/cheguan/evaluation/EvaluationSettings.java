package org.cheguan.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation module's configuration, with the product decisions of domain-rules.md §7 as defaults:
 * {@code cheguan.evaluation.reply-working-days} (3), {@code cheguan.evaluation.rectify-working-days} (15),
 * {@code cheguan.evaluation.invitation-valid-days} (15 calendar days a rating link works) and
 * {@code cheguan.evaluation.link-base-url} (where the citizen's phone reaches the rating page).
 *
 * @param invitationValidDays calendar days an invitation link works
 * @param linkBaseUrl scheme, host and port of the public site, no trailing slash
 */
record EvaluationSettings(int invitationValidDays, String linkBaseUrl) {

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		EvaluationSettings evaluationSettings(@Value("${cheguan.evaluation.invitation-valid-days:15}") int validDays,
				@Value("${cheguan.evaluation.link-base-url:http://localhost:8080}") String linkBaseUrl) {
			return new EvaluationSettings(validDays, linkBaseUrl.endsWith("/")
					? linkBaseUrl.substring(0, linkBaseUrl.length() - 1) : linkBaseUrl);
		}

		@Bean
		RectificationTerms rectificationTerms(@Value("${cheguan.evaluation.reply-working-days:3}") int reply,
				@Value("${cheguan.evaluation.rectify-working-days:15}") int rectify) {
			return new RectificationTerms(reply, rectify);
		}
	}
}
