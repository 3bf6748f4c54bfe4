package org.cheguan.hotline;

/**
 * What a caller wants (工单类型, glossary: ticket). Each kind has a response time in working time (deadline policy:
 * {@link ResponseTime}, configurable per kind).
 */
public enum TicketKind {

	/** 咨询: a question about a service, a rule or a document. */
	CONSULTATION("咨询", "consultation"),

	/** 求助: the caller needs something done (a stuck transfer, a lost booking). */
	HELP("求助", "help"),

	/** 投诉: a complaint about a service or a staff member. */
	COMPLAINT("投诉", "complaint"),

	/** 表扬: praise, often naming a staff member (锦旗, the seed's thanks to the archives clerk). */
	PRAISE("表扬", "praise"),

	/** 建议: a suggestion to improve the service. */
	SUGGESTION("建议", "suggestion");

	private final String chineseName;

	private final String code;

	TicketKind(String chineseName, String code) {
		this.chineseName = chineseName;
		this.code = code;
	}

	/** @return the name the office uses, e.g. 投诉 */
	public String chineseName() {
		return chineseName;
	}

	/** @return the lower-case code used in the API and as the Open311 service_code, e.g. {@code complaint} */
	public String code() {
		return code;
	}

	/**
	 * @param text a code or an enum name, any case
	 * @return the kind, or null when none matches
	 */
	public static @org.jspecify.annotations.Nullable TicketKind parse(String text) {
		for (var kind : values()) {
			if (kind.code.equalsIgnoreCase(text.strip()) || kind.name().equalsIgnoreCase(text.strip())) {
				return kind;
			}
		}
		return null;
	}
}
