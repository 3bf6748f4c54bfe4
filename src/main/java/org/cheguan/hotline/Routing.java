package org.cheguan.hotline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Routes a ticket to the department that answers it (派单). In order: a ticket naming a staff member goes to that
 * member's department; then the first keyword of the description that matches a department's business (档案 and
 * 转籍 to the archives section of the seed, exams to the examination section, registrations to vehicle
 * registration); then the kind's default: complaints and praise to the supervision section (督查科), everything else
 * to the 12123 service centre. Department names are those of the staff accounts (identity). A product decision: the
 * office's real routing table is not published.
 */
final class Routing {

	static final String SERVICE_CENTRE = "12123 服务中心";

	static final String SUPERVISION = "督查科";

	private static final Map<List<String>, String> KEYWORDS = new LinkedHashMap<>();

	static {
		KEYWORDS.put(List.of("档案", "转籍", "转入", "转出", "在办业务"), "档案科");
		KEYWORDS.put(List.of("考试", "驾考", "科目", "考场", "预约考"), "考试科");
		KEYWORDS.put(List.of("登记", "过户", "转让", "号牌", "选号", "上牌", "检验"), "机动车登记科");
	}

	private Routing() {
	}

	/**
	 * @param kind the ticket's kind
	 * @param description what the caller said
	 * @param staffDepartment department of the staff member named, or null
	 * @return the department to answer
	 */
	static String departmentFor(TicketKind kind, String description, @Nullable String staffDepartment) {
		if (staffDepartment != null && !staffDepartment.isBlank()) {
			return staffDepartment;
		}
		for (var entry : KEYWORDS.entrySet()) {
			for (var keyword : entry.getKey()) {
				if (description.contains(keyword)) {
					return entry.getValue();
				}
			}
		}
		return kind == TicketKind.COMPLAINT || kind == TicketKind.PRAISE ? SUPERVISION : SERVICE_CENTRE;
	}
}
