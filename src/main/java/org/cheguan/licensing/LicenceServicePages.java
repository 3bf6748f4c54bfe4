package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.cheguan.identity.Role;
import org.cheguan.shared.Channel;
import org.cheguan.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licence panel's actions on the staff application page: a clerk renews the licence (换证) or extends a large
 * class beyond 63 (第六十五条), an examiner records a restoration's Subject 1 test (恢复驾驶资格). Both answer with the application page again, the outcome or the rule
 * that refused shown at its top (post, redirect, get).
 */
@Controller
class LicenceServicePages {

	private static final String BASE = "/staff/licensing/applications/";

	private final DrivingLicences licences;

	private final MessageSource messages;

	private final LicensingRules rules;

	LicenceServicePages(DrivingLicences licences, MessageSource messages, LicensingRules rules) {
		this.licences = licences;
		this.rules = rules;
		this.messages = messages;
	}

	@PostMapping(BASE + "{id}/renewal")
	String renew(@PathVariable UUID id, @RequestParam(required = false) @Nullable String twelvePointPeriod,
			@RequestParam(defaultValue = "") String medicalCertificateOn, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		LicensingPages.require(authentication, Role.CLERK, Role.ADMIN);
		try {
			var service = licences.renew(id, twelvePointPeriod != null, date(medicalCertificateOn), Channel.WINDOW,
					authentication.getName());
			redirect.addFlashAttribute("notice", text(locale, "lp.licence.renewed",
					text(locale, "lp.licence.term." + service.term().name()),
					service.validUntil() == null ? text(locale, "lp.licence.long-term") : service.validUntil(),
					service.classAfter().name()));
		}
		catch (ProblemException | DateTimeParseException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping(BASE + "{id}/restoration")
	String restore(@PathVariable UUID id, @RequestParam(defaultValue = "") String subject1Score,
			@RequestParam(required = false) @Nullable String twelvePointPeriod,
			@RequestParam(defaultValue = "") String medicalCertificateOn, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		LicensingPages.require(authentication, Role.EXAMINER, Role.ADMIN);
		try {
			var score = Integer.parseInt(subject1Score.strip());
			if (score < 0 || score > 100) {
				throw new NumberFormatException(subject1Score);
			}
			var service = licences.restore(id, score, twelvePointPeriod != null, date(medicalCertificateOn),
					authentication.getName());
			redirect.addFlashAttribute(service.kind() == LicenceServiceKind.RESTORATION ? "notice" : "error",
					service.kind() == LicenceServiceKind.RESTORATION
							? text(locale, "lp.licence.restored", service.validUntil())
							: text(locale, "licensing.restoration.failed", score,
									rules.passMark(Subject.SUBJECT_1, service.classBefore())));
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error", text(locale, "lp.licence.score"));
		}
		catch (ProblemException | DateTimeParseException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping(BASE + "{id}/age-extension")
	String extend(@PathVariable UUID id, @RequestParam(defaultValue = "") String threeAbilityTestsOn,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		LicensingPages.require(authentication, Role.CLERK, Role.ADMIN);
		try {
			var tests = date(threeAbilityTestsOn);
			if (tests == null) {
				throw new DateTimeParseException("empty", threeAbilityTestsOn, 0);
			}
			var service = licences.extendLargeClass(id, tests, authentication.getName());
			redirect.addFlashAttribute("notice", text(locale, "lp.licence.extended", service.classAfter().name(),
					service.validUntil()));
		}
		catch (ProblemException | DateTimeParseException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:" + BASE + id;
	}

	/**
	 * 降级换证: the class chosen in the panel's small form. A refusal is shown in the form itself, with the class that
	 * was chosen kept selected.
	 */
	@PostMapping(BASE + "{id}/class-exchange")
	String exchange(@PathVariable UUID id, @RequestParam(defaultValue = "") String toClass,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		LicensingPages.require(authentication, Role.CLERK, Role.ADMIN);
		var chosen = java.util.Arrays.stream(LicenceClass.values()).filter(c -> c.name().equals(toClass)).findFirst();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("exchangeError", text(locale, "lp.licence.exchange.choose-error"));
			return "redirect:" + BASE + id;
		}
		try {
			var service = licences.exchangeClass(id, chosen.get(), authentication.getName());
			redirect.addFlashAttribute("notice", text(locale, "lp.licence.exchanged", service.classBefore().name(),
					service.classAfter().name()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("exchangeError", message(ex, locale));
			redirect.addFlashAttribute("exchangeTo", toClass);
		}
		return "redirect:" + BASE + id;
	}

	private static @Nullable LocalDate date(String text) {
		return text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	private String message(Exception ex, Locale locale) {
		if (ex instanceof ProblemException problem) {
			return messages.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(), locale);
		}
		return text(locale, "lp.licence.date");
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
