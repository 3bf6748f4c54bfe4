package org.cheguan.licensing;

/**
 * An exam subject, in the order in which they are taken: 科目一 → 科目二 → 科目三 道路驾驶技能 → 科目三 安全文明驾驶常识
 * (公安部令第162号, exam chapter;
 * domain-rules §1.4; glossary). Legally the last two are both parts of 科目三; the product calls the
 * second part "Subject 4" (科目四) as the public does.
 */
public enum Subject {

	/** 科目一: road-traffic law and rules, theory. */
	SUBJECT_1("科目一", 1),
	/** 科目二: site (field) driving skills. */
	SUBJECT_2("科目二", 2),
	/** 科目三 道路驾驶技能: on-road driving skills. */
	SUBJECT_3("科目三道路驾驶技能", 3),
	/** 科目三 安全文明驾驶常识, popularly 科目四: safe and courteous driving knowledge. */
	SUBJECT_4("科目三安全文明驾驶常识（科目四）", 4);

	private final String chineseName;

	private final int number;

	Subject(String chineseName, int number) {
		this.chineseName = chineseName;
		this.number = number;
	}

	/** @return the Chinese name, e.g. {@code 科目二} (公安部令第162号) */
	public String chineseName() {
		return chineseName;
	}

	/** @return 1 to 4; the number that the message texts of {@code licensing*.properties} turn into a name */
	public int number() {
		return number;
	}

	/**
	 * Whether the subject is limited to {@link LicensingRules#MAX_BOOKINGS} bookings per learner permit, with
	 * {@link LicensingRules#REBOOKING_WAIT_DAYS} days before rebooking after a failure (公安部令第162号, Subject 2 and the
	 * Subject 3 road test only).
	 *
	 * @return true for {@link #SUBJECT_2} and {@link #SUBJECT_3}
	 */
	public boolean isCappedSkillsTest() {
		return this == SUBJECT_2 || this == SUBJECT_3;
	}
}
