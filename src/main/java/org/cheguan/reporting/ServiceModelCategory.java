package org.cheguan.reporting;

import org.cheguan.shared.Channel;
import org.cheguan.transactions.ServiceType;

/**
 * The service-model (业务标兵) categories of the seed news report: 窗口服务, 机动车查验, 考试员, 审核监管, 12123语音话务,
 * 网办业务. A staff member competes in the category of most of their services in the month.
 *
 * <p>Mapping of a service, first match wins: channel HOTLINE or type HOTLINE_TICKET is 12123 voice; channel ONLINE,
 * MOBILE or POSTAL is online business (网办, including postal delivery); the four exam subjects are examiner work;
 * INSPECTION_SIGN (检验合格标志, the vehicle check) is vehicle inspection; the archives department (档案审核) is review
 * and supervision; everything else (window and self-service terminals in the halls) is window service.
 */
public enum ServiceModelCategory {

	/** 窗口服务. */
	WINDOW_SERVICE("窗口服务", "Window service"),
	/** 机动车查验. */
	VEHICLE_INSPECTION("机动车查验", "Vehicle inspection"),
	/** 考试员. */
	EXAMINER("考试员", "Examiner"),
	/** 审核监管. */
	REVIEW_SUPERVISION("审核监管", "Review and supervision"),
	/** 12123语音话务. */
	VOICE_12123("12123语音话务", "12123 voice"),
	/** 网办业务. */
	ONLINE_BUSINESS("网办业务", "Online business");

	private final String chineseName;

	private final String englishName;

	ServiceModelCategory(String chineseName, String englishName) {
		this.chineseName = chineseName;
		this.englishName = englishName;
	}

	/** @return the Chinese name */
	public String chineseName() {
		return chineseName;
	}

	/** @return the English name */
	public String englishName() {
		return englishName;
	}

	/**
	 * @param type the business type
	 * @param channel how it was rendered
	 * @param department the department that rendered it
	 * @return the category of that service
	 */
	public static ServiceModelCategory of(ServiceType type, Channel channel, String department) {
		if (channel == Channel.HOTLINE || type == ServiceType.HOTLINE_TICKET) {
			return VOICE_12123;
		}
		if (channel == Channel.ONLINE || channel == Channel.MOBILE || channel == Channel.POSTAL) {
			return ONLINE_BUSINESS;
		}
		return switch (type) {
			case EXAM_SUBJECT_1, EXAM_SUBJECT_2, EXAM_SUBJECT_3, EXAM_SUBJECT_4 -> EXAMINER;
			case INSPECTION_SIGN -> VEHICLE_INSPECTION;
			default -> ServiceType.Department.ARCHIVES.name().equals(department) || type == ServiceType.ARCHIVE_COPY
					? REVIEW_SUPERVISION : WINDOW_SERVICE;
		};
	}
}
