package org.cheguan.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.cheguan.appointments.QueueTicket;
import org.cheguan.appointments.QueueTickets;
import org.cheguan.appointments.TicketLane;
import org.cheguan.ebikes.BatteryType;
import org.cheguan.ebikes.EbikeRegistrations;
import org.cheguan.ebikes.EbikeSpecification;
import org.cheguan.ebikes.NewEbikeRegistration;
import org.cheguan.evaluation.Dimension;
import org.cheguan.evaluation.NewRating;
import org.cheguan.evaluation.Ratings;
import org.cheguan.evaluation.Rectifications;
import org.cheguan.hotline.HotlineDesk;
import org.cheguan.hotline.NewTicket;
import org.cheguan.hotline.TicketChannel;
import org.cheguan.hotline.TicketKind;
import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.identity.NewStaffAccount;
import org.cheguan.identity.Role;
import org.cheguan.identity.StaffAccounts;
import org.cheguan.licensing.ExamBookings;
import org.cheguan.licensing.ExamPlan;
import org.cheguan.licensing.ExamSession;
import org.cheguan.licensing.ExamVenue;
import org.cheguan.licensing.LicenceApplications;
import org.cheguan.licensing.LicenceClass;
import org.cheguan.licensing.NewExamSession;
import org.cheguan.licensing.Subject;
import org.cheguan.licensing.SubjectStatus;
import org.cheguan.notifications.OutboxDispatcher;
import org.cheguan.outlets.MobileVisits;
import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.transactions.ServiceRecord;
import org.cheguan.transactions.ServiceRecords;
import org.cheguan.vehicles.Energy;
import org.cheguan.vehicles.NewRegistration;
import org.cheguan.vehicles.ServiceContext;
import org.cheguan.vehicles.Usage;
import org.cheguan.vehicles.VehicleRegistrations;
import org.cheguan.vehicles.VehicleType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the demo office does on one day of its past month, through the modules' public services only: exam results
 * recorded and the next day's seats allocated, licence applications, queue tickets called and completed at the
 * counters, self-service offices and police-postal outlets, vehicle registrations and transfers, e-bike
 * registrations, a mobile-office visit, hotline tickets of every kind, and in the evening the citizens' ratings, the
 * bad ones followed through their rectification. Every choice comes from one seeded {@link Random}, so the same seed
 * and the same first day give the same history (ids and one-time tokens excepted).
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class HistoryGenerator {

	private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
			"孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧");

	private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
			"杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "志强", "海燕", "晓东", "子涵");

	/** Wuhan's district codes (GB/T 2260), where the demo citizens live. */
	private static final List<String> DISTRICTS = List.of("420102", "420103", "420104", "420105", "420106", "420107",
			"420111", "420112", "420113", "420114", "420115", "420116", "420117");

	/** The generated clerks: username, display name, department. */
	private static final List<String[]> CLERKS = List.of(new String[] { "clerk.liu", "窗口民警 刘洋", "机动车登记科" },
			new String[] { "clerk.chen", "窗口辅警 陈晓", "机动车登记科" }, new String[] { "clerk.zhou", "窗口民警 周敏", "驾驶人管理科" },
			new String[] { "clerk.sun", "业务标兵 孙磊", "综合科" }, new String[] { "clerk.hu", "窗口民警 胡军", "审核监管科" },
			new String[] { "clerk.he", "分所民警 何涛", "机动车登记科" }, new String[] { "clerk.liang", "服务中心 梁超", "网办与12123服务科" },
			new String[] { "clerk.xie", "电动自行车登记员 谢勇", "机动车登记科" });

	private static final List<String> CONSULTATIONS = List.of("驾驶证到期换证需要带哪些材料？", "异地可以办理驾驶证补领吗？",
			"新车上牌免查验的条件是什么？", "电动自行车上牌需要带哪些材料？", "科目三预约多久能排上？", "年满 70 岁还能报考驾驶证吗？",
			"机动车检验标志电子凭证怎么领取？", "警邮网点可以办哪些业务？");

	private static final List<String> HELPS = List.of("预约科目二考试时系统提示无可选场次，请求帮助。", "二手车过户后行驶证信息未更新。",
			"驾驶证被扣分后无法在网上办理期满换证。", "外地转入车辆提示原籍有在办业务，请求协调。");

	private static final List<String> COMPLAINTS = List.of("窗口排队等候超过一小时。", "窗口工作人员解释不清，态度生硬。",
			"自助机打印失败，无人处理。", "考场停车位不足。");

	private static final List<String> PRAISES = List.of("工作人员耐心细致，一次办好。", "民警主动延时服务，帮我办完了过户。",
			"考场民警热心指引，非常感谢。", "流动车管所上门服务，老人不用跑路。");

	private static final List<String> SUGGESTIONS = List.of("建议新城区增设电动自行车上牌点。", "建议周末增开窗口。",
			"建议自助机增加补领驾驶证功能。", "建议考场增加候考座椅。");

	private static final List<String> BAD_COMMENTS = List.of("等候时间太长", "窗口态度生硬", "材料要求没有一次说清", "系统故障跑了两趟");

	private static final List<String> MODELS = List.of("大众 朗逸", "丰田 卡罗拉", "本田 思域", "日产 轩逸", "吉利 帝豪", "长安 逸动",
			"东风 风神", "别克 英朗");

	private static final List<String> EV_MODELS = List.of("比亚迪 秦PLUS", "比亚迪 海豚", "五菱 宏光MINI EV", "广汽埃安 S",
			"特斯拉 Model 3", "小鹏 P7");

	private static final String PLATE_LETTERS = "ABCEFGHJKLMNPQRSTUVWXYZ";

	private final Citizens citizens;

	private final StaffAccounts staff;

	private final Outlets outlets;

	private final MobileVisits visits;

	private final ExamPlan plan;

	private final LicenceApplications applications;

	private final ExamBookings bookings;

	private final VehicleRegistrations vehicles;

	private final EbikeRegistrations ebikes;

	private final QueueTickets tickets;

	private final HotlineDesk desk;

	private final ServiceRecords records;

	private final Ratings ratings;

	private final Rectifications rectifications;

	private final OutboxDispatcher outbox;

	private final String demoPassword;

	private final Counts counts = new Counts();

	private final WorkingCalendar calendar = WorkingCalendar.official();

	// the state of one walk through the month

	private Random random = new Random(0);

	private int servicesPerDay;

	private final List<Person> people = new ArrayList<>();

	private final List<String> clerks = new ArrayList<>();

	private final List<Outlet> counters = new ArrayList<>();

	private final List<Outlet> queueOutlets = new ArrayList<>();

	private final List<Outlet> ebikePoints = new ArrayList<>();

	private final List<ExamVenue> venues = new ArrayList<>();

	private final List<Candidate> candidates = new ArrayList<>();

	private final List<String[]> registered = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<OpenTicket> openTickets = new ArrayList<>();

	private final List<BadRating> badRatings = java.util.Collections.synchronizedList(new ArrayList<>());

	private java.util.concurrent.@Nullable ExecutorService workers;

	HistoryGenerator(Citizens citizens, StaffAccounts staff, Outlets outlets, MobileVisits visits, ExamPlan plan,
			LicenceApplications applications, ExamBookings bookings, VehicleRegistrations vehicles,
			EbikeRegistrations ebikes, QueueTickets tickets, HotlineDesk desk, ServiceRecords records, Ratings ratings,
			Rectifications rectifications, OutboxDispatcher outbox, @Value("${CHEGUAN_DEMO_PASSWORD:cheguan-demo}") String demoPassword) {
		this.citizens = citizens;
		this.staff = staff;
		this.outlets = outlets;
		this.visits = visits;
		this.plan = plan;
		this.applications = applications;
		this.bookings = bookings;
		this.vehicles = vehicles;
		this.ebikes = ebikes;
		this.tickets = tickets;
		this.desk = desk;
		this.records = records;
		this.ratings = ratings;
		this.rectifications = rectifications;
		this.outbox = outbox;
		this.demoPassword = demoPassword;
	}

	Counts counts() {
		return counts;
	}

	/** Staff, citizens and the outlets the month uses, at 08:00 of the first day. */
	void prepare(DemoHistory.Walk walk, LocalDate first, HistoryProperties properties) {
		random = new Random(properties.seed());
		servicesPerDay = properties.servicesPerDay();
		walk.at(first, LocalTime.of(8, 0));
		workers = java.util.concurrent.Executors.newFixedThreadPool(properties.workers());
		var work = new ArrayList<Task>();
		for (var clerk : CLERKS) {
			if (staff.find(clerk[0]).isEmpty()) {
				work.add(new Task("staff", () -> staff.create(new NewStaffAccount(clerk[0], clerk[1], clerk[2],
						EnumSet.of(Role.CLERK), demoPassword))));
			}
			clerks.add(clerk[0]);
		}
		clerks.add("clerk");
		var population = Math.max(60, servicesPerDay * 3);
		var born = new ArrayList<Person>();
		for (int i = 0; i < population; i++) {
			born.add(newPerson(first));
		}
		for (var person : born) {
			work.add(new Task("citizens", () -> person.known(citizens.register(person.idNumber(), person.mobile(),
					person.name()))));
		}
		run(work);
		people.addAll(born);
		counters.addAll(sorted(OutletKind.MAIN_OFFICE));
		counters.addAll(sorted(OutletKind.BRANCH_OFFICE));
		counters.addAll(sorted(OutletKind.SERVICE_CENTRE));
		queueOutlets.addAll(counters);
		queueOutlets.addAll(sorted(OutletKind.SELF_SERVICE));
		var postal = sorted(OutletKind.POSTAL);
		queueOutlets.addAll(postal.subList(0, Math.min(24, postal.size())));
		var points = sorted(OutletKind.EBIKE_REGISTRATION);
		for (int i = 0; i < points.size() && ebikePoints.size() < 30; i += Math.max(1, points.size() / 30)) {
			ebikePoints.add(points.get(i));
		}
		venues.addAll(plan.venues().stream().sorted(Comparator.comparing(ExamVenue::name)).toList());
		log.info("Demo history: {} citizens, {} clerks, {} queue outlets, {} e-bike points, {} exam venues",
				people.size(), clerks.size(), queueOutlets.size(), ebikePoints.size(), venues.size());
	}

	/**
	 * One office day, moment by moment: morning services at 09:00 with the queue tickets of the day taken, the
	 * tickets called and completed in three rounds (waits of about 20, 35 and 65 minutes), the afternoon's hotline
	 * work and exam bookings at 16:20, and the evening's ratings at 20:15.
	 */
	void day(DemoHistory.Walk walk, LocalDate day) {
		var working = working(day);
		var volume = working ? servicesPerDay : Math.max(1, servicesPerDay / 3);

		walk.at(day, LocalTime.of(8, 40));
		examResults(day);
		if (working) {
			licenceApplications(day, Math.max(2, servicesPerDay / 30));
		}

		walk.at(day, LocalTime.of(9, 0));
		var work = new ArrayList<Task>();
		var taken = java.util.Collections.synchronizedList(new ArrayList<QueueTicket>());
		takeTickets(work, taken, volume * 45 / 100);
		vehicleServices(work, walk, day, volume);
		ebikeRegistrations(work, day, volume * 20 / 100);
		var hotline = java.util.Collections.synchronizedList(new ArrayList<OpenTicket>());
		openHotlineTickets(work, hotline, Math.max(2, servicesPerDay / 12));
		run(work);
		// the workers finish in any order: sort what later choices index into
		synchronized (registered) {
			registered.sort(Comparator.comparing((String[] vehicle) -> vehicle[0]));
		}
		hotline.sort(Comparator.comparingInt(OpenTicket::order));
		if (working) {
			mobileOffice(walk, day, volume * 6 / 100);
		}

		var rounds = List.of(LocalTime.of(9, 20), LocalTime.of(9, 35), LocalTime.of(10, 5), LocalTime.of(10, 25));
		var waiting = taken.stream().sorted(Comparator.comparing(QueueTicket::issuedAt)
			.thenComparing(QueueTicket::number)).toList();
		List<QueueTicket> called = List.of();
		for (int round = 0; round < rounds.size(); round++) {
			walk.at(day, rounds.get(round));
			completeTickets(called); // the windows are free again
			called = round < 3 ? callTickets(waiting, round) : List.<QueueTicket>of();
		}

		walk.at(day, LocalTime.of(16, 20));
		progressHotline(List.copyOf(hotline));
		examBookings(day);

		walk.at(day, LocalTime.of(20, 15));
		rate(day);
		rectify(day);

		// the day's messages (rating invitations, hotline progress, exam notices) go out that evening
		walk.at(day, LocalTime.of(20, 40));
		attempt("sms-batches", () -> counts.add("sms-sent", outbox.dispatchAll()));
	}

	// licensing

	private void licenceApplications(LocalDate day, int count) {
		for (int i = 0; i < count; i++) {
			var person = person(day);
			var military = random.nextInt(12) == 0;
			var licenceClass = military ? LicenceClass.C1 : random.nextInt(4) == 0 ? LicenceClass.C1 : LicenceClass.C2;
			attempt("licence-applications", () -> {
				var application = applications.apply(person.idNumber(), person.mobile(), person.name(), licenceClass,
						military, false);
				if (application.threeAbilityTestsRequired()) {
					// 70 or older: the memory, judgement and reaction tests come first (the seed's 丁大爷)
					applications.recordThreeAbilityTests(application.id(), day);
				}
				if (!"LICENSED".equals(application.status())) {
					candidates.add(new Candidate(application.id(), person));
				}
			});
		}
	}

	/** Records the results of the sessions held today (booked yesterday). */
	private void examResults(LocalDate day) {
		for (var candidate : List.copyOf(candidates)) {
			for (var booking : List.copyOf(candidate.booked)) {
				if (!booking.date().equals(day)) {
					continue;
				}
				candidate.booked.remove(booking);
				var roll = random.nextInt(100);
				attempt("exam-results", () -> {
					if (roll < 4) {
						applications.recordResult(candidate.application, booking.subject(), booking.session(), null, true,
								false);
					}
					else if (roll < 18) {
						// failed the attempt: the retake on the spot decides
						applications.recordResult(candidate.application, booking.subject(), booking.session(), 72, false,
								false);
						applications.recordResult(candidate.application, booking.subject(), booking.session(),
								roll < 10 ? 76 : 92, false, false);
					}
					else {
						applications.recordResult(candidate.application, booking.subject(), booking.session(),
								90 + random.nextInt(11), false, false);
					}
				});
			}
			attempt("exam-progress", () -> {
				var details = applications.details(candidate.application);
				if ("LICENSED".equals(details.status()) || "WITHDRAWN".equals(details.status())) {
					candidates.remove(candidate);
					if ("LICENSED".equals(details.status())) {
						counts.add("licences-issued");
					}
				}
			});
		}
	}

	/** Requests tomorrow's sessions for every candidate the rules allow, then allocates the seats. */
	private void examBookings(LocalDate day) {
		var tomorrow = day.plusDays(1);
		var sessions = new EnumMap<Subject, UUID>(Subject.class);
		for (var subject : Subject.values()) {
			session(subject, tomorrow).ifPresent(id -> sessions.put(subject, id));
		}
		for (var candidate : candidates) {
			if (!candidate.booked.isEmpty()) {
				continue;
			}
			attempt("exam-candidates", () -> {
				var details = applications.details(candidate.application);
				for (var subject : Subject.values()) {
					var progress = details.subjects().get(subject);
					var from = details.nextBookingFrom().get(subject);
					var session = sessions.get(subject);
					if (progress == null || progress.status() == SubjectStatus.PASSED || from == null
							|| from.isAfter(tomorrow) || session == null) {
						continue;
					}
					try {
						bookings.request(candidate.application, subject, List.of(session));
						counts.add("exam-requests");
					}
					catch (RuntimeException ex) {
						counts.fail("exam-requests", ex);
					}
				}
			});
		}
		for (var subject : sessions.keySet()) {
			attempt("exam-allocations", () -> bookings.allocate(subject, tomorrow, tomorrow));
		}
		for (var candidate : candidates) {
			attempt("exam-bookings", () -> {
				for (var booking : applications.bookings(candidate.application)) {
					if ("BOOKED".equals(booking.status()) && sessions.get(booking.subject()) != null
							&& sessions.get(booking.subject()).equals(booking.sessionId())) {
						candidate.booked.add(new Booked(booking.subject(), booking.sessionId(), tomorrow));
					}
				}
			});
		}
	}

	/** Tomorrow's session of a subject at the first venue that holds it, added to the plan if missing. */
	private java.util.Optional<UUID> session(Subject subject, LocalDate date) {
		var existing = plan.sessions(subject, date, date, null, 0, 50)
			.stream()
			.filter(session -> session.status() == ExamSession.Status.OPEN && session.capacity() > session.booked())
			.map(ExamSession::id)
			.findFirst();
		if (existing.isPresent()) {
			return existing;
		}
		var venue = venues.stream().filter(v -> v.subjects().contains(subject)).findFirst();
		if (venue.isEmpty()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(plan.addSession(new NewExamSession(venue.get().id(), subject, date,
					LocalTime.of(8, 30), 60)).id());
		}
		catch (RuntimeException ex) {
			counts.fail("exam-sessions", ex);
			return java.util.Optional.empty();
		}
	}

	// queue tickets

	private void takeTickets(List<Task> work, List<QueueTicket> taken, int count) {
		if (queueOutlets.isEmpty()) {
			return;
		}
		for (int i = 0; i < count; i++) {
			// the counters are busier than a postal outlet
			var outlet = random.nextInt(2) == 0 ? counters.get(random.nextInt(counters.size()))
					: queueOutlets.get(random.nextInt(queueOutlets.size()));
			var services = outlet.services().stream().sorted().toList();
			if (services.isEmpty()) {
				continue;
			}
			var service = services.get(random.nextInt(services.size()));
			var person = anyone();
			// e.g. a postal outlet closed at the weekend refuses: counted, not hidden
			work.add(new Task("queue-tickets", () -> taken.add(tickets.take(outlet.id(), service, TicketLane.GENERAL,
					person.idNumber(), person.citizen()))));
		}
	}

	/** Calls a third of each outlet's waiting tickets (in the order taken), one window after another. */
	private List<QueueTicket> callTickets(List<QueueTicket> waiting, int round) {
		var byOutlet = new TreeMap<UUID, Integer>();
		waiting.forEach(ticket -> byOutlet.merge(ticket.outletId(), 1, Integer::sum));
		var called = java.util.Collections.synchronizedList(new ArrayList<QueueTicket>());
		var work = new ArrayList<Task>();
		for (var entry : byOutlet.entrySet()) {
			var total = entry.getValue();
			var share = round == 2 ? total - 2 * (total / 3) : total / 3;
			// one window per ticket of the round, each with its clerk
			var outletClerks = new ArrayList<String>();
			for (int i = 0; i < share; i++) {
				outletClerks.add(clerks.get(Math.floorMod(entry.getKey().hashCode() + i, clerks.size())));
			}
			work.add(new Task("queue-call-rounds", () -> {
				for (int i = 0; i < share; i++) {
					tickets.callNext(entry.getKey(), "%02d".formatted(1 + i), TicketLane.GENERAL, outletClerks.get(i))
						.ifPresent(called::add);
				}
			}));
		}
		run(work);
		return List.copyOf(called);
	}

	private void completeTickets(List<QueueTicket> called) {
		var work = new ArrayList<Task>();
		for (var ticket : called) {
			var clerk = ticket.staffUsername() == null ? "clerk" : ticket.staffUsername();
			work.add(new Task("queue-completed", () -> tickets.complete(ticket.id(), clerk)));
		}
		run(work);
	}

	// vehicles and e-bikes

	private void vehicleServices(List<Task> work, DemoHistory.Walk walk, LocalDate day, int volume) {
		if (counters.isEmpty()) {
			return;
		}
		var now = walk.clock().instant();
		for (int i = 0; i < volume * 15 / 100; i++) {
			var person = anyone();
			var outlet = counters.get(random.nextInt(counters.size()));
			var clerk = clerks.get(random.nextInt(clerks.size()));
			var electric = random.nextInt(3) == 0;
			var vin = vin();
			var plate = electric ? "鄂AD" + digits(5) : "鄂A" + PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()))
					+ digits(4);
			var model = electric ? EV_MODELS.get(random.nextInt(EV_MODELS.size()))
					: MODELS.get(random.nextInt(MODELS.size()));
			var started = now.minus(Duration.ofMinutes(8 + random.nextInt(25)));
			var manufactured = day.minusMonths(1 + random.nextInt(3));
			work.add(new Task("vehicle-registrations", () -> {
				vehicles.register(new NewRegistration(Vin.of(vin), person.idNumber(), person.name(), person.mobile(),
						VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, electric ? Energy.NEW_ENERGY : Energy.FUEL, 5,
						false, model, manufactured, day.plusYears(1), true, false, PlateNumber.of(plate), false),
						new ServiceContext(Channel.WINDOW, outlet.id(), clerk, started));
				registered.add(new String[] { vin, person.idNumber().value() });
			}));
		}
		var sold = new java.util.HashSet<Integer>();
		for (int i = 0; i < volume * 6 / 100 && registered.size() > 1; i++) {
			var pick = random.nextInt(registered.size());
			if (!sold.add(pick)) {
				continue;
			}
			var vehicle = registered.get(pick);
			var buyer = anyone();
			if (buyer.idNumber().value().equals(vehicle[1])) {
				continue;
			}
			var outlet = counters.get(random.nextInt(counters.size()));
			var clerk = clerks.get(random.nextInt(clerks.size()));
			var started = now.minus(Duration.ofMinutes(10 + random.nextInt(30)));
			work.add(new Task("vehicle-transfers", () -> {
				vehicles.transfer(vehicle[0], buyer.idNumber(), buyer.name(), buyer.mobile(), null, false, null,
						new ServiceContext(Channel.WINDOW, outlet.id(), clerk, started));
				registered.set(pick, new String[] { vehicle[0], buyer.idNumber().value() });
			}));
		}
	}

	private void ebikeRegistrations(List<Task> work, LocalDate today, int count) {
		if (ebikePoints.isEmpty()) {
			return;
		}
		for (int i = 0; i < count; i++) {
			var person = anyone();
			var point = ebikePoints.get(random.nextInt(ebikePoints.size()));
			var lithium = random.nextBoolean();
			var bike = new EbikeSpecification(today.minusDays(20 + random.nextInt(200)), new BigDecimal("25"),
					new BigDecimal(lithium ? "48.5" : "62.5"), lithium ? BatteryType.LITHIUM_ION : BatteryType.LEAD_ACID,
					new BigDecimal("48"), 350, true, "20250111190" + digits(5));
			var frame = "EBD" + Long.toString(Math.abs(random.nextLong()) % 2_000_000_000_000L, 36).toUpperCase();
			var brands = List.of("雅迪", "爱玛", "台铃", "新日", "绿源", "小牛");
			var brand = brands.get(random.nextInt(brands.size()));
			var model = "TDT-" + (1 + random.nextInt(9));
			work.add(new Task("ebike-registrations", () -> ebikes.register(new NewEbikeRegistration(frame,
					person.idNumber(), person.name(), person.mobile(), brand, model, bike, point.id(), null),
					Channel.WINDOW, "clerk.xie")));
		}
	}

	// mobile office

	private void mobileOffice(DemoHistory.Walk walk, LocalDate day, int count) {
		var district = DISTRICTS.get(Math.floorMod(day.getDayOfYear(), DISTRICTS.size()));
		var communities = List.of("社区党群服务中心", "街道便民服务站", "工业园区", "村委会", "大型企业园区");
		var community = communities.get(random.nextInt(communities.size()));
		var services = Set.of("DL_RENEWAL", "DL_REPLACEMENT", "MEDICAL_CHECK", "PHOTO", "INSPECTION_SIGN",
				"EBIKE_REGISTRATION");
		var crew = List.of("clerk.sun", "clerk.liang");
		try {
			var visit = visits.schedule(day, "流动车管所停靠点（演示）", community + "（演示）", DistrictCode.of(district), null,
					services, crew, true);
			counts.add("mobile-visits");
			var now = walk.clock().instant();
			var codes = services.stream().sorted().toList();
			for (int i = 0; i < Math.max(3, count); i++) {
				var person = anyone();
				var start = now.minus(Duration.ofMinutes(60 - i % 50));
				var end = start.plus(Duration.ofMinutes(5 + random.nextInt(10)));
				if (end.isAfter(now)) {
					end = now;
				}
				var finish = end;
				attempt("mobile-services", () -> visits.recordService(visit.id(), codes.get(random.nextInt(codes.size())),
						start, finish, crew.get(random.nextInt(crew.size())),
						random.nextInt(10) == 0 ? null : person.idNumber().value()));
			}
		}
		catch (RuntimeException ex) {
			counts.fail("mobile-visits", ex);
		}
	}

	// hotline

	private void openHotlineTickets(List<Task> work, List<OpenTicket> opened, int count) {
		for (int i = 0; i < count; i++) {
			var roll = random.nextInt(100);
			var kind = roll < 38 ? TicketKind.CONSULTATION : roll < 60 ? TicketKind.HELP
					: roll < 72 ? TicketKind.COMPLAINT : roll < 88 ? TicketKind.PRAISE : TicketKind.SUGGESTION;
			var person = anyone();
			var known = random.nextInt(3) > 0;
			var channel = List.of(TicketChannel.PHONE, TicketChannel.PHONE, TicketChannel.APP, TicketChannel.WEB)
				.get(random.nextInt(4));
			String named = null;
			UUID outlet = null;
			var text = switch (kind) {
				case CONSULTATION -> pick(CONSULTATIONS);
				case HELP -> pick(HELPS);
				case COMPLAINT -> pick(COMPLAINTS);
				case PRAISE -> pick(PRAISES);
				case SUGGESTION -> pick(SUGGESTIONS);
			};
			if (kind == TicketKind.PRAISE || kind == TicketKind.COMPLAINT && random.nextInt(3) == 0) {
				named = clerks.get(random.nextInt(clerks.size()));
			}
			if (kind == TicketKind.COMPLAINT && !counters.isEmpty()) {
				outlet = counters.get(random.nextInt(counters.size())).id();
			}
			var request = NewTicket.of(kind, channel, person.mobile(), known ? person.citizen() : null, text, named,
					outlet);
			var source = channel == TicketChannel.WEB ? "web" : "12123";
			var order = i;
			work.add(new Task("hotline-" + kind.name().toLowerCase(java.util.Locale.ROOT),
					() -> opened.add(new OpenTicket(desk.open(request, source, "agent").id(), kind, order))));
		}
	}

	/** Today's tickets accepted; most closed the same afternoon, the rest a day or two later; a few left open. */
	private void progressHotline(List<OpenTicket> today) {
		for (var ticket : List.copyOf(openTickets)) {
			if (random.nextInt(3) > 0) {
				attempt("hotline-closed", () -> desk.record(ticket.id(), "CLOSE", resolution(ticket.kind()), "agent"));
				openTickets.remove(ticket);
			}
		}
		for (var ticket : today) {
			attempt("hotline-accepted", () -> desk.record(ticket.id(), "ACCEPT", null, "agent"));
			var roll = random.nextInt(100);
			if (roll < 70 && ticket.kind() != TicketKind.COMPLAINT || roll < 35) {
				attempt("hotline-closed", () -> desk.record(ticket.id(), "CLOSE", resolution(ticket.kind()), "agent"));
			}
			else if (roll < 94) {
				attempt("hotline-progress",
						() -> desk.record(ticket.id(), "PROGRESS", "已转相关科室核实，将在时限内回复。", "agent"));
				openTickets.add(ticket);
			}
			// else: left as it is, to be escalated when overdue
		}
		attempt("hotline-escalations", desk::escalateOverdue);
	}

	private static String resolution(TicketKind kind) {
		return switch (kind) {
			case CONSULTATION -> "已电话答复办理条件和所需材料。";
			case HELP -> "已协调相关科室办结，电话告知来电人。";
			case COMPLAINT -> "已核实情况，向来电人说明并致歉，督促整改。";
			case PRAISE -> "已转达表扬，记入个人表扬记录。";
			case SUGGESTION -> "已转交相关科室研究，感谢来电人的建议。";
		};
	}

	// ratings

	/** The evening's ratings: about two services in three rated, mostly very satisfied, a few bad. */
	private void rate(LocalDate day) {
		var served = new ArrayList<ServiceRecord>();
		for (int page = 0;; page++) {
			var batch = records.search(null, null, day, day, page, 200);
			served.addAll(batch);
			if (batch.size() < 200) {
				break;
			}
		}
		// who was served what, not ids or the microseconds of parallel work, orders the day: the same seed rates the
		// same services
		var idNumbers = new java.util.HashMap<CitizenId, String>();
		people.forEach(person -> idNumbers.put(person.citizen(), person.idNumber().value()));
		served.sort(Comparator.comparing((ServiceRecord r) -> r.type().name())
			.thenComparing(r -> idNumbers.getOrDefault(r.citizenId(), "~"))
			.thenComparing(ServiceRecord::completedAt));
		var work = new ArrayList<Task>();
		for (var record : served) {
			if (random.nextInt(100) >= 65) {
				continue;
			}
			var roll = random.nextInt(1000);
			var score = roll < 700 ? 5 : roll < 900 ? 4 : roll < 955 ? 3 : roll < 980 ? 2 : 1;
			var dimensions = new EnumMap<Dimension, Integer>(Dimension.class);
			for (var dimension : Dimension.forChannel(record.channel())) {
				dimensions.put(dimension, Math.max(1, Math.min(5, score + (random.nextInt(5) == 0 ? -1 : 0))));
			}
			var comment = score <= 2 ? pick(BAD_COMMENTS) : score == 5 && random.nextInt(6) == 0 ? "办理很快，服务热情" : null;
			var anonymous = random.nextInt(10) == 0;
			var fate = random.nextInt(100);
			var rating = new NewRating(score, dimensions, comment, anonymous);
			work.add(new Task("ratings-" + score, () -> {
				var given = ratings.rate(record.id(), record.citizenId(), rating, "LINK");
				if (given.rectificationId() != null) {
					badRatings.add(new BadRating(given.rectificationId(), record.citizenId(), day, fate));
				}
			}));
		}
		run(work);
		badRatings.sort(Comparator.comparing(BadRating::openedOn).thenComparing(BadRating::fate));
	}

	/**
	 * Moves each bad rating's rectification on with its age: replied after a day, rectified after four, the return
	 * visit and the rater's new rating after six; some stop earlier, a few are left unanswered (overdue on the board).
	 */
	private void rectify(LocalDate day) {
		for (var bad : List.copyOf(badRatings)) {
			var age = java.time.temporal.ChronoUnit.DAYS.between(bad.openedOn(), day);
			var target = bad.fate() < 12 ? 0 : bad.fate() < 30 ? 1 : bad.fate() < 50 ? 2 : 4;
			try {
				if (age == 1 && target >= 1) {
					rectifications.reply(bad.id(), "已核实情况，向群众说明原因并致歉。", "supervisor");
					counts.add("rectifications-replied");
				}
				else if (age == 4 && target >= 2) {
					rectifications.rectify(bad.id(), "已对窗口人员开展业务和服务规范培训，优化叫号分流。", "supervisor");
					counts.add("rectifications-rectified");
				}
				else if (age == 6 && target >= 4) {
					var view = rectifications.get(bad.id());
					if (view.status() == org.cheguan.evaluation.RectificationStatus.RECTIFIED) {
						rectifications.returnVisit(bad.id(), "电话回访，群众对整改表示认可。", "supervisor");
					}
					rectifications.followUp(bad.id(), bad.rater(), bad.fate() < 90 ? 3 : 2);
					counts.add("rectifications-closed");
					badRatings.remove(bad);
				}
			}
			catch (RuntimeException ex) {
				counts.fail("rectifications", ex);
				badRatings.remove(bad);
			}
		}
	}

	// people and numbers

	/** A new citizen, registered with the office now. */
	private Person person(LocalDate today) {
		var person = newPerson(today);
		person.known(citizens.register(person.idNumber(), person.mobile(), person.name()));
		return person;
	}

	/** A new citizen, not registered yet; the id is name-based on the ID number, as the demo needs no other. */
	private Person newPerson(LocalDate today) {
		var district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
		var age = 19 + random.nextInt(random.nextInt(8) == 0 ? 60 : 40);
		var birth = today.minusYears(age).minusDays(random.nextInt(360));
		var body = district + birth.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
		var idNumber = ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
		var name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
		var mobile = MobileNumber.of("1" + "3578".charAt(random.nextInt(4)) + digits(9));
		return new Person(idNumber, mobile, name);
	}

	private Person anyone() {
		return people.get(random.nextInt(people.size()));
	}

	private String vin() {
		var alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
		var chars = new StringBuilder("LDH");
		for (int i = 3; i < 17; i++) {
			chars.append(i >= 12 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
		}
		chars.setCharAt(9, 'S'); // model year 2025
		var text = chars.toString();
		chars.setCharAt(8, Vin.checkCharacter(text));
		return chars.toString();
	}

	private String digits(int n) {
		var text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	private String pick(List<String> texts) {
		return texts.get(random.nextInt(texts.size()));
	}

	private List<Outlet> sorted(OutletKind kind) {
		return outlets.ofKind(kind).stream().sorted(Comparator.comparing(Outlet::name)).toList();
	}

	private boolean working(LocalDate day) {
		try {
			return calendar.isWorkingDay(day);
		}
		catch (RuntimeException ex) {
			return day.getDayOfWeek().getValue() < 6;
		}
	}

	/** Runs the independent work of one moment on the workers and waits for all of it. */
	private void run(List<Task> work) {
		var pool = workers;
		if (work.isEmpty()) {
			return;
		}
		if (pool == null || work.size() == 1) {
			work.forEach(task -> attempt(task.what(), task.action()));
			return;
		}
		var futures = work.stream()
			.map(task -> pool.submit(() -> attempt(task.what(), task.action())))
			.toList();
		for (var future : futures) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				counts.fail("workers", new IllegalStateException(ex.getCause()));
			}
		}
	}

	/** Stops the workers at the end of the walk. */
	void finish() {
		var pool = workers;
		if (pool != null) {
			pool.shutdown();
			workers = null;
		}
	}

	private void attempt(String what, Runnable action) {
		try {
			action.run();
			counts.add(what);
		}
		catch (RuntimeException ex) {
			counts.fail(what, ex);
		}
	}

	/** A demo citizen; {@link #citizen} is looked up when needed (most services take the ID number). */
	final class Person {

		private final ResidentIdNumber idNumber;

		private final MobileNumber mobile;

		private final String name;

		private volatile @Nullable CitizenId citizen;

		Person(ResidentIdNumber idNumber, MobileNumber mobile, String name) {
			this.idNumber = idNumber;
			this.mobile = mobile;
			this.name = name;
		}

		ResidentIdNumber idNumber() {
			return idNumber;
		}

		MobileNumber mobile() {
			return mobile;
		}

		String name() {
			return name;
		}

		void known(CitizenId id) {
			citizen = id;
		}

		CitizenId citizen() {
			var known = citizen;
			if (known == null) {
				known = citizens.findByIdNumber(idNumber).orElseThrow();
				citizen = known;
			}
			return known;
		}
	}

	record Booked(Subject subject, UUID session, LocalDate date) {
	}

	static final class Candidate {

		final UUID application;

		final Person person;

		final List<Booked> booked = new ArrayList<>();

		Candidate(UUID application, Person person) {
			this.application = application;
			this.person = person;
		}
	}

	/** One piece of independent work of a moment, counted under {@code what}. */
	record Task(String what, Runnable action) {
	}

	record OpenTicket(UUID id, TicketKind kind, int order) {
	}

	record BadRating(UUID id, CitizenId rater, LocalDate openedOn, int fate) {
	}

	/** What was done, and what a rule refused (a refusal is part of a real office's day, but is counted). */
	static final class Counts {

		private final Map<String, Integer> done = new TreeMap<>();

		private final Map<String, Integer> refused = new TreeMap<>();

		private final Map<String, String> firstRefusal = new LinkedHashMap<>();

		synchronized void add(String what) {
			done.merge(what, 1, Integer::sum);
		}

		synchronized void add(String what, int n) {
			done.merge(what, n, Integer::sum);
		}

		synchronized void fail(String what, RuntimeException ex) {
			refused.merge(what, 1, Integer::sum);
			if (firstRefusal.putIfAbsent(what, ex.getClass().getSimpleName() + ": " + ex.getMessage()) == null) {
				log.debug("Demo history: first refusal of {}: {}", what, ex.toString());
			}
		}

		synchronized int of(String what) {
			return done.getOrDefault(what, 0);
		}

		synchronized String summary() {
			return done + (refused.isEmpty() ? "" : " refused " + refused);
		}

		Map<String, String> firstRefusals() {
			return firstRefusal;
		}
	}
}
