package org.cheguan.hotline;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import org.cheguan.identity.NewStaffAccount;
import org.cheguan.identity.Role;
import org.cheguan.identity.StaffAccounts;
import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.MobileNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo hotline data ({@code cheguan.demo=true}), once, relative to the office date: the seed news report's praise
 * call (古先生 thanks the archives clerk 蒋琳, 档案科业务标兵, for clearing a Lanzhou-plated car's transfer-in; the
 * archives clerk gets a demo staff account {@code archives}), a help call about a blocked transfer-in in progress, a
 * complaint left overdue and escalated, a fresh consultation, and the seed's suggestion of more e-bike registration
 * points in 黄陂, posted through Open311. Caller mobiles are invented demo numbers.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoTickets implements SmartInitializingSingleton {

	static final String ARCHIVES_CLERK = "archives";

	private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);

	private final HotlineDesk desk;

	private final StaffAccounts staff;

	private final Outlets outlets;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String demoPassword;

	DemoTickets(HotlineDesk desk, StaffAccounts staff, Outlets outlets, JdbcClient jdbc, Clock clock, TransactionTemplate transactions,
			@Value("${CHEGUAN_DEMO_PASSWORD:cheguan-demo}") String demoPassword) {
		this.desk = desk;
		this.staff = staff;
		this.outlets = outlets;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = transactions;
		this.demoPassword = demoPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			transactions.executeWithoutResult(status -> seed());
		}
		catch (RuntimeException ex) {
			// e.g. an office date beyond the working calendar: the demo runs without tickets rather than not at all
			log.warn("Demo hotline tickets not created: {}", ex.getMessage());
		}
	}

	private void seed() {
		if (staff.find(ARCHIVES_CLERK).isEmpty()) {
			staff.create(new NewStaffAccount(ARCHIVES_CLERK, "档案科 蒋琳", "档案科", EnumSet.of(Role.CLERK),
					demoPassword));
		}
		var seeded = jdbc.sql("select exists (select 1 from hotline.commendation where staff_username = :u)")
			.param("u", ARCHIVES_CLERK)
			.query(Boolean.class)
			.single();
		if (seeded) {
			return;
		}
		var now = clock.instant();

		var praise = desk.openAt(NewTicket.of(TicketKind.PRAISE, TicketChannel.PHONE, MobileNumber.of("13900001001"),
				null, "市民古先生来电表扬档案科业务标兵蒋琳：在二手车交易市场购入兰州号牌小轿车，办理转籍时系统反复提示该车在兰州有在办业务不能转入。"
						+ "蒋琳与技术部门、省交管局科技部门和兰州市车管所多方沟通，数据重传、信息更新，全程跟进并及时告知进度，一周后归档手续全部办好。",
				ARCHIVES_CLERK, null), "agent", "agent", now.minus(Duration.ofDays(3)));
		desk.recordAt(praise.id(), "CLOSE", "已向蒋琳及档案科转达表扬，记入个人表扬记录；已电话感谢古先生。", "agent",
				now.minus(Duration.ofDays(2)));

		var help = desk.openAt(NewTicket.of(TicketKind.HELP, TicketChannel.PHONE, MobileNumber.of("13900001002"), null,
				"外地转入小型汽车时系统提示原籍有在办业务，无法办理转入，请求协调。", null, null), "agent", "agent",
				now.minus(Duration.ofDays(1)));
		desk.recordAt(help.id(), "ACCEPT", null, "agent", now.minus(Duration.ofHours(20)));
		desk.recordAt(help.id(), "PROGRESS", "已联系原籍车管所核查在办业务，预计 3 个工作日内反馈。", "agent",
				now.minus(Duration.ofHours(19)));

		desk.openAt(NewTicket.of(TicketKind.COMPLAINT, TicketChannel.APP, MobileNumber.of("13900001003"), null,
				"周一上午在窗口排队等候超过一小时，叫号屏长时间不动。", null,
				outlets.ofKind(OutletKind.MAIN_OFFICE).stream().findFirst().map(Outlet::id).orElse(null)), "agent", "agent",
				now.minus(Duration.ofDays(14)));

		desk.openAt(NewTicket.of(TicketKind.CONSULTATION, TicketChannel.PHONE, MobileNumber.of("13900001004"), null,
				"75 岁老人能否报名学习小型汽车驾驶证？需要哪些体检？", null, null), "agent", "agent",
				now.minus(Duration.ofMinutes(30)));

		desk.openAt(new NewTicket(TicketKind.SUGGESTION, TicketChannel.WEB, MobileNumber.of("13900001005"), null,
				"黄陂附近没有电动自行车上牌网点，很不方便，建议就近增设。", null, null, 30.8742, 114.3752, "黄陂区"),
				"open311", "open311", now.minus(Duration.ofDays(2)));

		var escalated = desk.escalateOverdue();
		log.info("Demo hotline tickets created ({} escalated)", escalated);
	}
}
