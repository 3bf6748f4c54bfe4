package org.cheguan.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cheguan.licensing.ExamPlan;
import org.cheguan.licensing.ExamVenue;
import org.cheguan.licensing.NewExamSession;
import org.cheguan.licensing.Subject;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The role guides of docs/guide/, walked in headless Chromium exactly as they describe each task, once in Chinese and
 * once in English: every step's outcome is asserted (so a guide cannot silently drift from the product), every page
 * of the Chinese walk is checked with axe-core (WCAG 2.1 AA), and each step's screenshot is written to
 * {@code docs/images/guide/<role>/<language>/NN-step.png} in a 1280×800 window (phone steps 390×844). The data each
 * step needs is made here, through the pages or the public API, never taken from the demo history. One browser for
 * the class; the language is chosen with the page's own switch ({@code ?lang=}), which a cookie remembers.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuideScreenshotTests {

	/** Where the guides' screenshots live, relative to the project directory (the tests' working directory). */
	static final Path GUIDE_IMAGES = Path.of("docs", "images", "guide");

	/**
	 * Where every run writes its screenshots. A build never rewrites the committed images (their bytes change with
	 * every run's clock and data); {@code -Dcheguan.guide.update-images=true} copies them into {@link #GUIDE_IMAGES}
	 * when a page has changed and the guides need new pictures.
	 */
	static final Path RUN_IMAGES = Path.of("target", "screenshots", "guide");

	private static final boolean UPDATE_IMAGES = Boolean.getBoolean("cheguan.guide.update-images");

	/**
	 * The walk whose every page axe-core checks: the office's default language. The English walk shows the same
	 * templates and styles with other words, and axe takes about half of the class's time under load.
	 */
	private static final String CHECKED_LANGUAGE = "zh-CN";

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	/** Numbers the guides' venues: names are unique within the one test database of a run. */
	private static final java.util.concurrent.atomic.AtomicInteger VENUES = new java.util.concurrent.atomic.AtomicInteger();

	private static final Pattern RATE_LINK = Pattern.compile("https?://[^/\\s]+(/rate/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	ExamPlan plan;

	@Autowired
	Outlets outlets;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	private String role = "";

	private String lang = "zh-CN";

	private int step;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	// ---- citizens -----------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void citizen(String language) {
		var day = workingDayAhead(3);
		var idNumber = idBornOn(LocalDate.of(1996, 4, 12));
		var mobile = mobile();
		var application = licenceApplication(idNumber, "张伟", mobile);
		var venue = guideVenue();
		// Subject 1 booked by allocation and passed on the day: the learner permit starts its countdown
		var subject1 = plan.addSession(new NewExamSession(venue.id(), Subject.SUBJECT_1, day, LocalTime.of(9, 0), 20));
		bookingRequest(application, Subject.SUBJECT_1, subject1.id());
		allocate(Subject.SUBJECT_1, day);
		clockAt(day, "10:00");
		var passed = Api.at(port).as("examiner").post("/api/v1/licence-applications/" + application + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + subject1.id() + "\",\"score\":96}");
		assertThat(passed.status()).as(passed.body()).isLessThan(300);
		// Subject 2 after the 10-day wait, requested and allocated: the page explains the rank
		var subject2 = plan.addSession(new NewExamSession(venue.id(), Subject.SUBJECT_2, day.plusDays(14),
				LocalTime.of(9, 0), 20));
		bookingRequest(application, Subject.SUBJECT_2, subject2.id());
		allocate(Subject.SUBJECT_2, day.plusDays(14));
		var plate = registerCar(idNumber, mobile, day);
		var bike = registerEbike(idNumber, mobile);
		var outlet = windowOutlet();

		begin("citizen", language);
		browser.go("/");
		shot("home");
		browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile);
		shot("sign-in");
		browser.click("#request-code");
		assertThat(browser.path()).isEqualTo("/citizen/sign-in/code");
		browser.type("#code", signInCode(mobile));
		shot("sign-in-code");
		browser.click("#sign-in");
		assertThat(browser.path()).isEqualTo("/citizen");
		assertThat(browser.find("#masked-id-number").getText()).isEqualTo(ResidentIdNumber.of(idNumber).masked());
		assertThat(browser.text()).doesNotContain(idNumber).doesNotContain(mobile);
		shot("my-services");

		browser.click("a[href='/citizen/licensing']");
		assertThat(browser.text()).contains(t("学习驾驶证明", "Learner permit"), t("还剩", "days left"), "96",
				t("排在第", "You were"));
		shot("licence-application");
		scrollTo("[id^=requests-]");
		shot("licence-booking-request");

		browser.go("/citizen");
		browser.click("#my-vehicles-link");
		assertThat(browser.text()).contains(plate, day.plusYears(2).toString().substring(0, 4));
		shot("my-vehicles");
		browser.go("/citizen");
		browser.click("#my-ebikes-link");
		assertThat(browser.text()).contains(bike);
		shot("my-ebikes");

		browser.go("/citizen");
		browser.click("#appointments-link");
		new Select(browser.find("#outletId")).selectByValue(outlet.toString());
		browser.click("#find-slots");
		new Select(browser.find("#service")).selectByValue("VEHICLE_TRANSFER");
		new Select(browser.find("#date")).selectByValue(day.toString());
		browser.click("#find-slots");
		assertThat(browser.text()).contains(t("可预约时段", "Time slots on"));
		shot("appointment-book");
		browser.click("#book");
		assertThat(browser.path()).isEqualTo("/citizen/appointments");
		assertThat(browser.find("#notice").getText()).contains(t("预约成功", "Booked"), day.toString());
		shot("appointment-booked");

		phone();
		browser.go("/citizen/queue");
		new Select(browser.find("#outletId")).selectByValue(outlet.toString());
		browser.click("#choose-outlet");
		new Select(browser.find("#service")).selectByValue("VEHICLE_TRANSFER");
		browser.click("#take-ticket");
		assertThat(browser.path()).startsWith("/citizen/queue/");
		assertThat(browser.find("#ticket-number").getText()).matches("A\\d{3,}");
		assertThat(browser.find("#ticket-ahead").getText()).matches(t("前面还有 \\d+ 人", "\\d+ people ahead of you"));
		shot("queue-ticket-phone");

		// a service at the window: the SMS after it carries the one-time rating link
		var service = recordService(idNumber, mobile);
		var link = ratingLink(mobile);
		browser.go(link);
		assertThat(browser.has("#rating-form")).isTrue();
		browser.click("#age-friendly-toggle");
		assertThat(browser.find("body").getAttribute("class")).contains("age-friendly");
		browser.driver().executeScript("document.getElementById('score-5').closest('fieldset').scrollIntoView()");
		shot("rate-phone-age-friendly");
		browser.find("#score-5").click();
		browser.type("#comment", t("窗口引导清楚，办理很快", "Clear guidance at the window, quickly done"));
		browser.click("#submit-rating");
		assertThat(browser.find("#rated").getText()).isEqualTo(t("感谢您的评价！", "Thank you for your rating!"));
		scrollTo("#rated");
		shot("rated-phone-age-friendly");
		browser.click("#age-friendly-toggle");
		desktop();
		browser.go("/citizen/services");
		assertThat(browser.text()).contains(t("已评价", "Rated"));
		assertThat(service).isNotBlank();
		shot("services-rated");

		browser.go("/citizen");
		browser.click("#sign-out");
		browser.go("/");
		browser.click("#find-outlets-link");
		new Select(browser.find("#kind")).selectByValue("BRANCH_OFFICE");
		browser.click("#find");
		assertThat(browser.driver().findElements(By.cssSelector("#outlet-list tbody tr"))).isNotEmpty();
		shot("find-outlet");
	}

	// ---- clerks -------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void clerk(String language) {
		var day = workingDayAhead(2);
		clockAt(day, "10:00");
		var venue = guideVenue();
		plan.addSession(new NewExamSession(venue.id(), Subject.SUBJECT_1, day.plusDays(5), LocalTime.of(9, 0), 20));
		var elderly = licenceApplication(idBornOn(day.minusYears(72)), "吴长青", mobile());
		var renewable = licensed(day.plusDays(60));
		var lanzhouVin = vin();
		var lanzhouPlate = "甘A" + serial();
		var lanzhouOwner = idIn("620102", LocalDate.of(1979, 3, 3));
		var seeded = Api.at(port).as("admin").post("/api/v1/admin/exchange/vehicles", "{\"vin\":\"" + lanzhouVin
				+ "\",\"plate\":\"" + lanzhouPlate + "\",\"ownerIdNumber\":\"" + lanzhouOwner
				+ "\",\"statusCodes\":\"A\",\"pendingBusiness\":[\"兰州市车管所在办：抵押登记未办结\"]}");
		assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);
		var outlet = windowOutlet();

		begin("clerk", language);
		signIn("clerk");
		assertThat(browser.path()).isEqualTo("/staff");
		shot("console");

		// a licence application, then a booking request for Subject 1
		browser.go("/staff/licensing");
		browser.click("#new-application-link");
		browser.type("#idNumber", idBornOn(day.minusYears(24))).type("#name", "李明远").type("#mobile", mobile());
		new Select(browser.find("#licenceClass")).selectByValue("C1");
		shot("licence-application-form");
		browser.click("#submit-application");
		assertThat(browser.path()).startsWith("/staff/licensing/applications/");
		assertThat(browser.find("#notice").getText()).isEqualTo(t("申请已受理。", "The application has been accepted."));
		shot("licence-application-accepted");
		new Select(browser.find("#preference-1")).selectByIndex(1);
		browser.click("#request-booking");
		assertThat(browser.find("#notice").getText()).contains(t("预约申请已提交", "Booking request made"));
		scrollTo("[id^=requests-]");
		shot("licence-booking-request");

		// three-ability tests of an applicant of 70 or over
		browser.go("/staff/licensing/applications/" + elderly);
		assertThat(browser.has("#record-three-ability")).isTrue();
		setValue("#passedOn", day.minusDays(1).toString());
		scrollTo("#record-three-ability");
		shot("three-ability-form");
		browser.click("#record-three-ability");
		assertThat(browser.find("#notice").getText()).contains(t("已记录三力测试合格", "three-ability tests are recorded"));
		shot("three-ability-recorded");

		// the registration wizard: VIN and owner, checks, plate, done
		var vin = vin();
		browser.go("/staff/vehicles");
		browser.click("#register-link");
		browser.type("#vin", vin).type("#ownerIdNumber", idBornOn(LocalDate.of(1985, 8, 8))).type("#ownerName", "陈志强")
			.type("#ownerMobile", mobile()).type("#model", "东风本田 思域");
		browser.type("#manufacturedOn", day.minusMonths(2).toString());
		shot("vehicle-register-1-vin");
		browser.click("#to-checks");
		assertThat(browser.find("#wizard-step").getText()).contains("2");
		shot("vehicle-register-2-checks");
		browser.click("#to-plates");
		assertThat(browser.find("#wizard-step").getText()).contains("3");
		var chosen = browser.find("label[for=plate-3]").getText();
		browser.find("#plate-3").click();
		shot("vehicle-register-3-plate");
		browser.click("#register");
		assertThat(browser.path()).isEqualTo("/staff/vehicles/" + vin);
		assertThat(browser.find("#plate").getText()).isEqualTo(chosen);
		shot("vehicle-registered");

		// transfer-in of the Lanzhou car: blocked at origin, a coordination case follows it to the end
		browser.go("/staff/vehicles");
		browser.click("#transfer-in-link");
		browser.type("#vin", lanzhouVin).type("#originPlate", lanzhouPlate).type("#ownerIdNumber", lanzhouOwner)
			.type("#ownerName", "马海军").type("#ownerMobile", mobile());
		shot("transfer-in-form");
		browser.click("#submit-transfer-in");
		assertThat(browser.path()).startsWith("/staff/vehicles/cases/");
		assertThat(browser.text()).contains("抵押登记未办结");
		shot("transfer-in-case-opened");
		new Select(browser.find("#kind")).selectByValue("ORIGIN_RESPONDED");
		browser.type("#note", t("兰州市车管所已办结抵押登记", "Lanzhou office closed the mortgage registration"));
		browser.click("#record-step");
		new Select(browser.find("#kind")).selectByValue("DATA_RETRANSMITTED");
		browser.click("#record-step");
		assertThat(browser.find("#notice").getText()).contains("鄂A");
		shot("transfer-in-case-resolved");

		// an e-bike: refused with every limit listed, corrected, registered
		browser.go("/staff/ebikes");
		browser.type("#ownerIdNumber", idBornOn(LocalDate.of(1990, 6, 1))).type("#ownerName", "刘晓燕")
			.type("#ownerMobile", mobile()).type("#frameNumber", frameNumber()).type("#brand", "新日")
			.type("#model", "XR-60").type("#certificateNumber", "2024011119004321");
		setValue("#manufacturedOn", "2024-05-20");
		browser.type("#maxSpeedKmh", "30").type("#massKg", "58").type("#batteryVoltage", "60")
			.type("#motorPowerWatts", "400");
		new Select(browser.find("#batteryType")).selectByValue("LEAD_ACID");
		browser.click("#submit-registration");
		assertThat(browser.find("#violations").getText()).contains("GB-17761-2018-4.1.1", "25 km/h", "55 kg");
		scrollTo("#form-error");
		shot("ebike-refused");
		setValue("#manufacturedOn", "2025-09-01");
		browser.type("#maxSpeedKmh", "25").type("#batteryVoltage", "48");
		browser.click("#submit-registration");
		assertThat(browser.path()).startsWith("/staff/ebikes/bike?plate=");
		assertThat(browser.find(".plate").getText()).matches("武汉\\d{6}");
		shot("ebike-registered");

		// the window console: a walk-in's ticket is called, served and completed
		browser.go("/staff/windows");
		new Select(browser.find("#outletId")).selectByValue(outlet.toString());
		browser.type("#window", "3");
		browser.click("#open-window");
		new Select(browser.find("#issue-service")).selectByValue("VEHICLE_TRANSFER");
		browser.type("#issue-id-number", idBornOn(day.minusYears(76)));
		browser.click("#issue-ticket");
		var number = match("(A\\d{3,})", browser.find("#notice").getText());
		browser.click("#call-next");
		assertThat(browser.find("#current-number").getText()).isEqualTo(number);
		shot("window-called");
		browser.click("#serve");
		browser.click("#complete");
		assertThat(browser.find("#notice").getText()).contains(number);
		assertThat(browser.has("#call-next")).isTrue();
		shot("window-completed");

		// licence services: a renewal in its 90-day window
		browser.go("/staff/licensing/applications/" + renewable);
		assertThat(browser.has("#renew")).isTrue();
		scrollTo("#licence-standing");
		shot("licence-renewal");
		browser.click("#renew");
		assertThat(browser.find("#licence-term").getText()).isEqualTo(t("十年", "10 years"));
		shot("licence-renewed");
	}

	// ---- examiners ----------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void examiner(String language) {
		var day = workingDayAhead(4);
		var venue = guideVenue();
		var session = plan.addSession(new NewExamSession(venue.id(), Subject.SUBJECT_1, day, LocalTime.of(9, 0), 20));
		var first = licenceApplication(idBornOn(LocalDate.of(1999, 1, 9)), "黄志明", mobile());
		var second = licenceApplication(idBornOn(LocalDate.of(2001, 11, 2)), "许佳琪", mobile());
		bookingRequest(first, Subject.SUBJECT_1, session.id());
		bookingRequest(second, Subject.SUBJECT_1, session.id());
		allocate(Subject.SUBJECT_1, day);
		clockAt(day, "11:30");

		begin("examiner", language);
		signIn("examiner");
		shot("console");
		browser.go("/staff/licensing/sessions?subject=SUBJECT_1&date=" + day);
		assertThat(browser.has("#roster-" + session.id())).isTrue();
		shot("sessions");
		browser.click("#roster-" + session.id());
		assertThat(browser.has("#score-" + first)).isTrue();
		browser.type("#score-" + first, "92");
		shot("roster");
		browser.click("#record-" + first);
		assertThat(browser.find("#notice").getText()).isEqualTo(t("成绩已记录。", "The result is recorded."));
		browser.type("#score-" + second, "78");
		browser.click("#record-" + second);
		assertThat(browser.find("#roster").getText()).contains("92", "78");
		shot("results");
	}

	// ---- hotline agents -----------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void agent(String language) {
		var complaint = Api.at(port).as("agent").post("/api/v1/hotline/tickets", "{\"kind\":\"COMPLAINT\",\"callerMobile\":\""
				+ mobile() + "\",\"description\":\"" + t("在汉口分所排队两个小时没有叫号", "Queued two hours at the Hankou branch") + "\"}");
		assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);

		begin("agent", language);
		signIn("agent");
		browser.go("/staff/hotline");
		assertThat(browser.text()).contains(t("剩余工作时间", "Working time left"));
		shot("queue");
		browser.go("/staff/hotline?show=escalated");
		assertThat(browser.has("#queue tr.escalated")).isTrue();
		shot("queue-escalated");

		browser.go("/staff/hotline");
		browser.click("#new-ticket-link");
		new Select(browser.find("#kind")).selectByValue("PRAISE");
		browser.type("#callerMobile", mobile());
		browser.type("#description", t("感谢王芳警官帮我把二手车过户一次办好", "Thanks to officer Wang Fang: my used-car transfer was done in one visit"));
		new Select(browser.find("#staffId")).selectByValue("clerk");
		shot("new-call");
		browser.click("#submit-ticket");
		assertThat(browser.path()).startsWith("/staff/hotline/tickets/");
		var number = browser.find("#ticket-number").getText();
		assertThat(browser.find("#timeline").getText()).isNotBlank();
		shot("ticket");
		new Select(browser.find("#event-kind")).selectByValue("CLOSE");
		browser.type("#event-note", t("已转达表扬并记入个人记录", "Praise passed on and put on the clerk's record"));
		browser.click("#submit-event");
		assertThat(browser.find("#ticket-status").getText()).isEqualTo(t("已办结", "Closed"));
		shot("ticket-closed");
		browser.click("#ticket-staff");
		assertThat(browser.path()).startsWith("/staff/hotline/commendations");
		assertThat(browser.find("#commendations").getText()).contains(number);
		shot("commendations");
	}

	// ---- administrators (the exam plan) -------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void admin(String language) {
		var today = OfficeTime.today(clock);
		var closed = guideVenue();
		var day = today.plusDays(3);
		var lost = plan.addSession(new NewExamSession(closed.id(), Subject.SUBJECT_1, day, LocalTime.of(9, 0), 5));
		plan.addSession(new NewExamSession(guideVenue().id(), Subject.SUBJECT_1, day.plusDays(1), LocalTime.of(9, 0), 5));
		var application = licenceApplication(idBornOn(LocalDate.of(1994, 2, 2)), "孙立群", mobile());
		var booked = Api.at(port).as("supervisor");
		booked.post("/api/v1/licence-applications/" + application + "/green-channel", "{\"reason\":\"" + t("测试", "test") + "\"}");
		assertThat(booked.post("/api/v1/licence-applications/" + application + "/direct-bookings",
				"{\"sessionId\":\"" + lost.id() + "\"}").status()).isEqualTo(201);
		var newVenue = guideVenue();

		begin("admin", language);
		signIn("admin");
		shot("console");
		browser.go("/staff/licensing/plan");
		new Select(browser.find("#session-venue")).selectByValue(newVenue.id().toString());
		new Select(browser.find("#session-subject")).selectByValue("SUBJECT_2");
		setValue("#session-date", today.plusDays(6).toString());
		setValue("#session-start", "09:30");
		browser.type("#session-capacity", "30");
		scrollTo("#new-session-title");
		shot("plan-session-form");
		browser.click("#add-session");
		assertThat(browser.find("#session-added").getText()).contains(newVenue.name(), "30");
		scrollTo("#session-added");
		shot("plan-session-added");

		new Select(browser.find("#allocation-subject")).selectByValue("SUBJECT_1");
		browser.click("#run-allocation");
		assertThat(browser.find("#run-allocated").getText()).matches("\\d+");
		scrollTo("#allocation-result");
		shot("plan-allocation-run");

		new Select(browser.find("#outage-venue")).selectByValue(closed.id().toString());
		setValue("#outage-from", day.toString());
		setValue("#outage-to", day.toString());
		browser.type("#outage-reason", t("考场网络故障", "Network failure at the venue"));
		browser.click("#record-outage");
		assertThat(browser.find("#outage-result").getText()).contains("孙**", day + " 09:00");
		scrollTo("#outage-result");
		shot("plan-outage");

		browser.go("/staff/audit");
		assertThat(browser.find("#chain-status").getText()).startsWith(t("完整", "Intact"));
		shot("audit");
	}

	// ---- supervisors --------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void supervisor(String language) {
		var application = licenceApplication(idBornOn(LocalDate.of(1990, 10, 10)), "周建国", mobile());
		var idNumber = idBornOn(LocalDate.of(1968, 5, 20));
		var mobile = mobile();
		var service = recordService(idNumber, mobile);
		var rated = Api.at(port).bearer(citizenToken(idNumber, mobile)).post("/api/v1/service-records/" + service
				+ "/rating", "{\"score\":1,\"comment\":\"" + t("窗口排队太久，没有人引导", "Long queue, nobody to guide us") + "\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		var rectification = waitFor(() -> jdbc.sql("""
				select r.id from evaluation.rectification r join evaluation.rating g on g.id = r.rating_id
				where g.service_record_id = :id""").param("id", UUID.fromString(service)).query(UUID.class).optional()
			.orElse(null));

		begin("supervisor", language);
		signIn("supervisor");
		shot("console");

		browser.go("/staff/licensing/applications/" + application);
		browser.type("#reason", t("考场网络故障，学习驾驶证明 5 天后到期", "Venue network failure; the permit expires in 5 days"));
		scrollTo("#grant-green-channel");
		shot("green-channel-form");
		browser.click("#grant-green-channel");
		assertThat(browser.find("#notice").getText()).isEqualTo(t("已开通绿色通道。", "The green channel is granted."));
		assertThat(browser.has("#green-channel-reason")).isTrue();
		shot("green-channel-granted");

		browser.go("/staff/evaluation");
		assertThat(browser.has("#rectifications")).isTrue();
		shot("ratings-board");
		browser.go("/staff/evaluation/rectifications/" + rectification);
		assertThat(browser.find("#status").getText()).isEqualTo(t("待核实答复", "To verify and reply"));
		browser.type("#note", t("已核实，当天窗口人手不足，已当面致歉并增开窗口", "Verified: the window was short-staffed; apologised and opened another window"));
		shot("rectification");
		browser.click("#step-submit");
		assertThat(browser.find("#notice").getText()).isEqualTo(t("已记录核实答复。", "Reply recorded."));
		shot("rectification-replied");

		browser.go("/staff/outlets?kind=EBIKE_REGISTRATION&radius=2000");
		assertThat(browser.find("#district-420116").getText()).isNotBlank();
		shot("coverage");
		browser.find("#dc-420116").click();
		browser.click("#run-siting");
		assertThat(browser.driver().findElements(By.cssSelector("#sites-table tbody tr"))).hasSize(5);
		scrollTo("#siting-summary");
		shot("siting");

		browser.go("/staff/reports");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> !String.valueOf(
				browser.driver().executeScript("return document.getElementById('rp-charts').dataset.refreshed || ''"))
			.isEmpty());
		assertThat(browser.has("#documents a[href*='weekly.pdf']")).isTrue();
		assertThat(browser.has("#documents a[href*='monthly.xlsx']")).isTrue();
		shot("dashboard");
		scrollTo("#documents");
		shot("downloads");
		var weekly = Api.at(port).as("supervisor").header("Accept", "application/pdf")
			.get("/api/v1/reports/weekly?week=" + isoWeek(OfficeTime.today(clock)));
		assertThat(weekly.status()).isEqualTo(200);

		browser.go("/staff/audit");
		assertThat(browser.find("#chain-status").getText()).startsWith(t("完整", "Intact"));
		shot("audit");
	}

	// ---- the walk -----------------------------------------------------------------------------------------------

	/** Starts a role's walk in a language: no cookies (signed out, standard mode), a desktop window, the language. */
	private void begin(String role, String language) {
		this.role = role;
		this.lang = language;
		this.step = 0;
		browser.go("/");
		browser.driver().manage().deleteAllCookies();
		desktop();
		browser.go("/?lang=" + language);
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
	}

	/**
	 * Checks the page in the walk's language with axe-core and saves the next numbered screenshot of the role.
	 *
	 * @param name the step's name, e.g. {@code sign-in}
	 */
	private void shot(String name) {
		assertThat(browser.find("html").getAttribute("lang")).as("page language").isEqualTo(lang);
		if (CHECKED_LANGUAGE.equals(lang)) {
			browser.assertAccessible();
		}
		step++;
		var file = String.format("%02d-%s", step, name);
		var taken = browser.screenshot("guide-" + role + "-" + lang + "-" + file);
		var relative = Path.of(role, lang, file + ".png");
		try {
			PaletteImages.write(taken, RUN_IMAGES.resolve(relative));
			if (UPDATE_IMAGES) {
				PaletteImages.write(taken, GUIDE_IMAGES.resolve(relative));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(GUIDE_IMAGES.resolve(relative)).as("a guide image for this step is committed").exists();
	}

	/** @return the Chinese or the English text, in the walk's language */
	private String t(String chinese, String english) {
		return "en".equals(lang) ? english : chinese;
	}

	private void signIn(String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}

	private void desktop() {
		viewport(1280, 800);
	}

	private void phone() {
		viewport(390, 844);
	}

	/** Sizes the window so that the page itself (not the window with its frame) has the size, as screenshots show. */
	private void viewport(int width, int height) {
		var window = browser.driver().manage().window();
		window.setSize(new Dimension(width, height));
		var inner = (java.util.List<?>) browser.driver().executeScript("return [window.innerWidth, window.innerHeight]");
		var innerWidth = ((Number) inner.get(0)).intValue();
		var innerHeight = ((Number) inner.get(1)).intValue();
		window.setSize(new Dimension(width + width - innerWidth, height + height - innerHeight));
	}

	private void scrollTo(String css) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16)",
				browser.find(css));
	}

	/** Sets a date or time input the way a picker would, whatever the browser's locale. */
	private void setValue(String css, String value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	// ---- data, made through the public API ----------------------------------------------------------------------

	private LocalDate workingDayAhead(int days) {
		var calendar = WorkingCalendar.official();
		var day = OfficeTime.today(clock).plusDays(days);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private void clockAt(LocalDate day, String time) {
		var moved = Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T" + time
				+ ":00+08:00\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	/** A venue of the guides' own, so that their sessions never meet another test's. */
	private ExamVenue guideVenue() {
		return plan.addVenue("光谷示范考场" + VENUES.incrementAndGet(), DistrictCode.of("420111"),
				GeoPoint.of(30.50, 114.40), EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_2), false);
	}

	private UUID licenceApplication(String idNumber, String name, String mobile) {
		var created = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"" + name + "\",\"mobile\":\"" + mobile + "\",\"licenceClass\":\"C1\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	private void bookingRequest(UUID application, Subject subject, UUID session) {
		var requested = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + application
				+ "/booking-requests", "{\"subject\":\"" + subject + "\",\"preferences\":[\"" + session + "\"]}");
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
	}

	private void allocate(Subject subject, LocalDate day) {
		var run = Api.at(port).as("admin").post("/api/v1/exam-allocations", "{\"subject\":\"" + subject + "\",\"from\":\""
				+ day + "\",\"to\":\"" + day + "\"}");
		assertThat(run.status()).as(run.body()).isLessThan(300);
		assertThat(run.json().path("allocated").asInt()).as(run.body()).isPositive();
	}

	/** An application licensed until the date (as if its four subjects had been passed), for the renewal step. */
	private UUID licensed(LocalDate validUntil) {
		var id = licenceApplication(idBornOn(LocalDate.of(1988, 2, 2)), "王换证", mobile());
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = :number,
				  licence_issued_on = :issued, licence_valid_until = :until, probation_ends_on = :probation,
				  licence_term = 'SIX_YEARS', licence_class_held = licence_class
				where id = :id""")
			.param("number", "4299" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
			.param("issued", validUntil.minusYears(6).plusDays(1))
			.param("until", validUntil)
			.param("probation", validUntil.minusYears(5))
			.param("id", id)
			.update();
		return id;
	}

	private String registerCar(String ownerId, String mobile, LocalDate today) {
		var plate = "鄂A" + serial();
		var created = Api.at(port).as("clerk").post("/api/v1/vehicle-registrations", """
				{"vin":"%s","ownerIdNumber":"%s","ownerName":"张伟","ownerMobile":"%s","vehicleType":"SMALL_PASSENGER",
				 "usage":"NON_COMMERCIAL","energy":"FUEL","seats":5,"model":"比亚迪 秦","manufacturedOn":"%s",
				 "insuranceValidUntil":"%s","domesticModelApproved":true,"plate":"%s","selfComposed":true}"""
			.formatted(vin(), ownerId, mobile, today.minusMonths(1), today.plusYears(1), plate));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("plate").asString();
	}

	private String registerEbike(String ownerId, String mobile) {
		var outlet = outlets.ofKind(OutletKind.EBIKE_REGISTRATION).get(0).id();
		var created = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", """
				{"frameNumber":"%s","ownerIdNumber":"%s","ownerName":"张伟","ownerMobile":"%s","brand":"雅迪",
				 "model":"DT-2026","certificateNumber":"2025011119001234","manufacturedOn":"2025-10-08",
				 "maxSpeedKmh":25,"massKg":54.5,"batteryType":"LITHIUM_ION","batteryVoltage":48,
				 "motorPowerWatts":400,"hasPedals":true,"outletId":"%s"}""".formatted(frameNumber(), ownerId, mobile,
				outlet));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("plate").asString();
	}

	/** A vehicle-transfer service at a window, recorded by a clerk; the citizen gets the rating SMS. */
	private String recordService(String idNumber, String mobile) {
		var today = OfficeTime.today(clock);
		var response = Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"VEHICLE_TRANSFER\""
				+ ",\"channel\":\"WINDOW\",\"outletId\":\"" + windowOutlet() + "\",\"citizenIdNumber\":\"" + idNumber
				+ "\",\"mobile\":\"" + mobile + "\",\"name\":\"李秀英\",\"startedAt\":\"" + today
				+ "T09:00:00+08:00\",\"completedAt\":\"" + today + "T09:20:00+08:00\",\"waitMinutes\":12}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private UUID windowOutlet() {
		return outlets.ofKind(OutletKind.BRANCH_OFFICE).stream()
			.filter(outlet -> outlet.offers("VEHICLE_TRANSFER"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private String signInCode(String mobile) {
		return waitFor(() -> {
			for (var message : outbox(mobile)) {
				if ("one-time-code".equals(message.path("template").asString())) {
					var matcher = SIX_DIGITS.matcher(message.path("body").asString());
					if (matcher.find()) {
						return matcher.group(1);
					}
				}
			}
			return null;
		});
	}

	private String ratingLink(String mobile) {
		return waitFor(() -> {
			for (var message : outbox(mobile)) {
				if ("rating-invitation".equals(message.path("template").asString())) {
					var matcher = RATE_LINK.matcher(message.path("body").asString());
					if (matcher.find()) {
						return matcher.group(1);
					}
				}
			}
			return null;
		});
	}

	private String citizenToken(String idNumber, String mobile) {
		var requested = Api.at(port).post("/api/v1/citizen-sessions/codes", "{\"idNumber\":\"" + idNumber
				+ "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(requested.status()).as(requested.body()).isEqualTo(202);
		var session = Api.at(port).post("/api/v1/citizen-sessions", "{\"idNumber\":\"" + idNumber + "\",\"code\":\""
				+ signInCode(mobile) + "\"}");
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		return session.json().path("token").asString();
	}

	private Iterable<JsonNode> outbox(String mobile) {
		return Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
	}

	private static <T> T waitFor(Supplier<T> probe) {
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			var value = probe.get();
			if (value != null) {
				return value;
			}
			assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static String match(String pattern, String text) {
		var matcher = Pattern.compile(pattern).matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	private static String isoWeek(LocalDate day) {
		return day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static String idBornOn(LocalDate birth) {
		return idIn("420106", birth);
	}

	private static String idIn(String area, LocalDate birth) {
		var body = area + birth.toString().replace("-", "")
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	private static String mobile() {
		return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static String vin() {
		var alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
		var chars = new char[17];
		chars[0] = 'L';
		for (int i = 1; i < chars.length; i++) {
			chars[i] = alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length()));
		}
		chars[9] = 'S';
		chars[8] = Vin.checkCharacter(new String(chars));
		return new String(chars);
	}

	private static String serial() {
		var letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
		return letters.charAt(ThreadLocalRandom.current().nextInt(letters.length()))
				+ String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
	}

	private static String frameNumber() {
		return "EB" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50, Long.MAX_VALUE), 36).toUpperCase();
	}
}
