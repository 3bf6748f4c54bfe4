package org.cheguan.licensing;

/**
 * The product's readings of licensing rules whose boundary the sources leave open (domain-rules.md, "Decisions for this
 * product"). Both are configuration: the later engineer binds them to properties, with {@link #defaults()} as default.
 *
 * @param upperAgeInclusive false (default): an applicant must be under the ceiling age on the application date, i.e.
 * refused from the ceiling birthday on (公安部令第162号 第十四条 read with 第六十五条 "63周岁以上"); true: the ceiling age
 * itself is still allowed (民法典 第一千二百五十九条 "以上/以下" inclusive), refused from the next birthday on. Lower
 * bounds are always inclusive (the 18th birthday counts).
 * @param waitInclusive true (default): "取得学习驾驶证明满N日后" and the 10-day rebooking wait allow booking on
 * {@code permit date + N days}; false: one day later
 */
public record LicensingPolicy(boolean upperAgeInclusive, boolean waitInclusive) {

	/**
	 * @return the product decisions: upper age bound exclusive, waits inclusive ({@code bookingDate >= permitDate + N})
	 */
	public static LicensingPolicy defaults() {
		return new LicensingPolicy(false, true);
	}
}
