package org.cheguan.outlets;

/**
 * The kinds of service outlet (服务网点) of a vehicle management office, with the glossary's English names. The services
 * each kind accepts are a configurable matrix ({@link ServiceMatrix}).
 */
public enum OutletKind {

	/** 车管所本部: the main office, with its business departments. */
	MAIN_OFFICE,

	/** 车管分所: a branch office accepting most business. */
	BRANCH_OFFICE,

	/** 服务中心: a service centre accepting most business. */
	SERVICE_CENTRE,

	/** 无人车管所: a 24-hour self-service office (photo, medical check, acceptance, card printing). */
	SELF_SERVICE,

	/** 警邮服务网点: a police-postal outlet in a post office, simple business only. */
	POSTAL,

	/** 体检点: a driver medical examination point, often in a community health centre. */
	MEDICAL,

	/** 社会化机动车检测站: a vehicle testing station for periodic inspection, with Saturday service. */
	TESTING_STATION,

	/** 电动自行车登记服务网点: a one-stop e-bike plate and electronic permit point, with Saturday service. */
	EBIKE_REGISTRATION,

	/** 考场: an exam venue (the licensing module keeps the exam plan). */
	EXAM_VENUE,

	/** 流动车管所: the mobile office, a van that serves communities on a schedule (mobile-office visits). */
	MOBILE
}
