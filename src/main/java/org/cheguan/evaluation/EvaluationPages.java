package org.cheguan.evaluation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.transactions.ServiceRecord;
import org.cheguan.transactions.ServiceRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rating pages: the citizen's rating form, reached from the SMS's one-time link ({@code /rate/<token>}, no
 * sign-in: the link is the credential) or from the citizen portal's list of own services ({@code /citizen/services});
 * and the supervisor's board of bad ratings and rectifications ({@code /staff/evaluation}, ADMIN and SUPERVISOR). A
 * GET never changes anything; only the form's POST records. Both work on a phone and in age-friendly mode.
 */
@Controller
class EvaluationPages {

	private static final String BOARD = "/staff/evaluation";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private final Ratings ratings;

	private final Rectifications rectifications;

	private final ServiceRecords services;

	private final MessageSource messages;

	private final Clock clock;

	EvaluationPages(Ratings ratings, Rectifications rectifications, ServiceRecords services, MessageSource messages,
			Clock clock) {
		this.ratings = ratings;
		this.rectifications = rectifications;
		this.services = services;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- the one-time link ------------------------------------------------------------------------------------

	@GetMapping("/rate/{token}")
	String byLink(@PathVariable String token, @RequestParam(required = false) @Nullable String done, Model model,
			Locale locale) {
		var invitation = ratings.invitation(token).orElse(null);
		if (invitation == null) {
			model.addAttribute("expired", true);
			return "evaluation/rate";
		}
		return form(services.get(invitation.serviceRecordId()), "/rate/" + token, null, Map.of(), done != null,
				model, locale);
	}

	@PostMapping("/rate/{token}")
	String rateByLink(@PathVariable String token, @RequestParam Map<String, String> form, Model model, Locale locale) {
		var invitation = ratings.invitation(token).orElse(null);
		if (invitation == null) {
			model.addAttribute("expired", true);
			return "evaluation/rate";
		}
		try {
			ratings.rateByInvitation(token, parse(form));
			return "redirect:/rate/" + token + "?done";
		}
		catch (ProblemException | NumberFormatException ex) {
			return form(services.get(invitation.serviceRecordId()), "/rate/" + token, error(ex, locale), form, false,
					model, locale);
		}
	}

	// ---- the citizen portal -----------------------------------------------------------------------------------

	@GetMapping("/citizen/services")
	String myServices(@AuthenticationPrincipal CitizenPrincipal principal, Model model, Locale locale) {
		var mine = services.search(principal.citizenId(), null, null, null, 0, 100);
		var rated = ratings.ofServices(mine.stream().map(ServiceRecord::id).toList());
		var english = "en".equals(locale.getLanguage());
		var rows = new ArrayList<ServiceRow>();
		for (var record : mine) {
			rows.add(new ServiceRow(record.id(), record.type().name(english), channelName(record, locale),
					MINUTES.format(record.completedAt()), rated.get(record.id())));
		}
		model.addAttribute("rows", rows);
		return "evaluation/my-services";
	}

	@GetMapping("/citizen/services/{id}/rate")
	String rateOwn(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			@AuthenticationPrincipal CitizenPrincipal principal, Model model, Locale locale) {
		var record = own(id, principal);
		return form(record, "/citizen/services/" + id + "/rate", null, Map.of(), done != null, model, locale);
	}

	@PostMapping("/citizen/services/{id}/rate")
	String rateOwnPost(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CitizenPrincipal principal, Model model, Locale locale) {
		var record = own(id, principal);
		try {
			ratings.rate(id, principal.citizenId(), parse(form), "PORTAL");
			return "redirect:/citizen/services/" + id + "/rate?done";
		}
		catch (ProblemException | NumberFormatException ex) {
			return form(record, "/citizen/services/" + id + "/rate", error(ex, locale), form, false, model, locale);
		}
	}

	@PostMapping("/citizen/services/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam(defaultValue = "0") int score,
			@AuthenticationPrincipal CitizenPrincipal principal, RedirectAttributes redirect, Locale locale) {
		own(id, principal);
		var rating = ratings.ofService(id).orElse(null);
		if (rating != null && rating.rectificationId() != null) {
			try {
				rectifications.followUp(rating.rectificationId(), principal.citizenId(), score);
				redirect.addFlashAttribute("notice", text("ev.follow-up.thanks", locale));
			}
			catch (ProblemException ex) {
				redirect.addFlashAttribute("error", error(ex, locale));
			}
		}
		return "redirect:/citizen/services/" + id + "/rate";
	}

	private ServiceRecord own(UUID id, CitizenPrincipal principal) {
		var record = services.get(id);
		if (!record.citizenId().equals(principal.citizenId())) {
			throw new org.cheguan.shared.NotFound("service-record", id);
		}
		return record;
	}

	private String form(ServiceRecord record, String action, @Nullable String error, Map<String, String> typed,
			boolean done, Model model, Locale locale) {
		var english = "en".equals(locale.getLanguage());
		var rating = ratings.ofService(record.id()).orElse(null);
		model.addAttribute("action", action);
		model.addAttribute("serviceName", record.type().name(english));
		model.addAttribute("channelName", channelName(record, locale));
		model.addAttribute("completedAt", MINUTES.format(record.completedAt()));
		model.addAttribute("levels", List.of(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED,
				RatingLevel.BASICALLY_SATISFIED, RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED));
		model.addAttribute("dimensions", Dimension.forChannel(record.channel()));
		model.addAttribute("english", english);
		model.addAttribute("rating", rating);
		model.addAttribute("rectification", rating == null || rating.rectificationId() == null ? null
				: rectifications.get(rating.rectificationId()));
		model.addAttribute("done", done);
		if (error != null || !model.containsAttribute("error")) {
			model.addAttribute("error", error);
		}
		model.addAttribute("typed", typed);
		model.addAttribute("followUpAction", action.startsWith("/citizen/") ? "/citizen/services/" + record.id()
				+ "/follow-up" : null);
		return "evaluation/rate";
	}

	private static NewRating parse(Map<String, String> form) {
		var score = Integer.parseInt(form.getOrDefault("score", "0").strip());
		var dimensions = new EnumMap<Dimension, Integer>(Dimension.class);
		for (var dimension : Dimension.values()) {
			var value = form.get("dimension-" + dimension.name());
			if (value != null && !value.isBlank()) {
				dimensions.put(dimension, Integer.parseInt(value.strip()));
			}
		}
		return new NewRating(score, dimensions, form.get("comment"), "true".equals(form.get("anonymous")));
	}

	// ---- the supervisor's board -------------------------------------------------------------------------------

	@GetMapping(BOARD)
	String board(@RequestParam(required = false) @Nullable String status, Model model) {
		RectificationStatus wanted = null;
		for (var candidate : RectificationStatus.values()) {
			if (candidate.name().equals(status)) {
				wanted = candidate;
			}
		}
		var counts = new EnumMap<RectificationStatus, Integer>(RectificationStatus.class);
		for (var candidate : RectificationStatus.values()) {
			counts.put(candidate, 0);
		}
		var all = rectifications.list(null, 0, 500);
		all.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		var finalWanted = wanted;
		model.addAttribute("rows", all.stream().filter(r -> finalWanted == null || r.status() == finalWanted).toList());
		model.addAttribute("counts", counts);
		model.addAttribute("overdue", all.stream().filter(RectificationView::overdue).count());
		// escalated (督办) and still owing the step it was escalated for
		model.addAttribute("escalated", all.stream().filter(r -> r.escalatedAt() != null && r.overdue()).count());
		model.addAttribute("status", wanted == null ? "" : wanted.name());
		model.addAttribute("statuses", RectificationStatus.values());
		return "evaluation/board";
	}

	@GetMapping(BOARD + "/rectifications/{id}")
	String rectification(@PathVariable UUID id, Authentication authentication, Model model) {
		model.addAttribute("r", rectifications.get(id));
		model.addAttribute("supervisor", authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR")));
		model.addAttribute("openedAt", MINUTES.format(rectifications.get(id).openedAt()));
		return "evaluation/rectification";
	}

	@PostMapping(BOARD + "/rectifications/{id}/{step}")
	String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean upheld, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		var actor = authentication.getName();
		try {
			switch (step) {
				case "reply" -> rectifications.reply(id, note, actor);
				case "rectification" -> rectifications.rectify(id, note, actor);
				case "return-visit" -> rectifications.returnVisit(id, note, actor);
				case "appeal" -> rectifications.appeal(id, note, actor);
				case "appeal-decision" -> {
					if (authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR"))) {
						throw new org.cheguan.shared.Forbidden("problem.forbidden");
					}
					rectifications.decideAppeal(id, upheld, note, actor);
				}
				default -> throw new org.cheguan.shared.NotFound("rectification-step", step);
			}
			redirect.addFlashAttribute("notice", text("ev.step.done." + step, locale));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", error(ex, locale));
			redirect.addFlashAttribute("note", note);
		}
		return "redirect:" + BOARD + "/rectifications/" + id;
	}

	// ---- shared -------------------------------------------------------------------------------------------------

	private String channelName(ServiceRecord record, Locale locale) {
		return text("ev.channel." + record.channel().name(), locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private String error(Exception ex, Locale locale) {
		if (ex instanceof ProblemException problem) {
			return messages.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(), locale);
		}
		return text("ev.error.number", locale);
	}

	/**
	 * A row of the citizen's list of own services.
	 *
	 * @param id service record
	 * @param serviceName name of the business type
	 * @param channelName how it was rendered
	 * @param completedAt when, office time
	 * @param rating its rating, or null
	 */
	record ServiceRow(UUID id, String serviceName, String channelName, String completedAt, @Nullable RatingView rating) {
	}
}
