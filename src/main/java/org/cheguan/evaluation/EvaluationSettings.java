package org.cheguan.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation module's configuration, with the product decisions of domain-rules.md §7 as defaults:
 * {@code cheguan.evaluation.reply-working-days} (3), {@code cheguan.evaluation.rectify-working-days} (15),
 * {@code cheguan.evaluation.invitation-valid-days} (15 calendar days a rating link works),
 * {@code cheguan.evaluation.link-base-url} (where the citizen's phone reaches the rating page),
 * {@code cheguan.evaluation.reminder-after-days} (3 days after completion an unrated service is reminded once) and
 * {@code cheguan.evaluation.escalation-working-days} (3 working days past a missed deadline a rectification is escalated
 * to the 支队, the Hubei practice).
 *
 * @param invitationValidDays calendar days an invitation link works
 * @param linkBaseUrl scheme, host and port of the public site, no trailing slash
 * @param reminderAfterDays days after the service's completion the reminder goes out, 1 or more
 * @param escalationWorkingDays working days after a missed deadline before escalation, 0 or more
 */
record EvaluationSettings(int invitationValidDays, String linkBaseUrl, int reminderAfterDays,
		int escalationWorkingDays) {

	/** Checks the figures. */
	EvaluationSettings {
		if (reminderAfterDays < 1 || escalationWorkingDays < 0) {
			throw new IllegalArgumentException("reminder days must be 1 or more and escalation days 0 or more, were "
					+ reminderAfterDays + " and " + escalationWorkingDays);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		EvaluationSettings evaluationSettings(@Value("${cheguan.evaluation.invitation-valid-days:15}") int validDays,
				@Value("${cheguan.evaluation.link-base-url:http://localhost:8080}") String linkBaseUrl,
				@Value("${cheguan.evaluation.reminder-after-days:3}") int reminderAfterDays,
				@Value("${cheguan.evaluation.escalation-working-days:3}") int escalationWorkingDays) {
			return new EvaluationSettings(validDays, linkBaseUrl.endsWith("/")
					? linkBaseUrl.substring(0, linkBaseUrl.length() - 1) : linkBaseUrl, reminderAfterDays,
					escalationWorkingDays);
		}

		@Bean
		RectificationTerms rectificationTerms(@Value("${cheguan.evaluation.reply-working-days:3}") int reply,
				@Value("${cheguan.evaluation.rectify-working-days:15}") int rectify) {
			return new RectificationTerms(reply, rectify);
		}
	}
}
