package org.cheguan.licensing;

/**
 * The four exam subjects of a driving licence, in their order (公安部令第162号 第三十六条; domain-rules.md §1.4).
 */
public enum Subject {

	/** 科目一: road traffic law and rules (theory). */
	SUBJECT_1("科目一"),
	/** 科目二: site skills test. */
	SUBJECT_2("科目二"),
	/** 科目三 道路驾驶技能: road skills test. */
	SUBJECT_3("科目三"),
	/** 科目三 安全文明驾驶常识, popularly 科目四: safe driving knowledge test, after the road test. */
	SUBJECT_4("科目四");

	private final String chineseName;

	Subject(String chineseName) {
		this.chineseName = chineseName;
	}

	/** @return the name a clerk or citizen sees, e.g. 科目二 */
	public String chineseName() {
		return chineseName;
	}
}
