package org.cheguan.transactions;

/**
 * The catalogue of the office's business types (业务类型), each with its Chinese and English name and the department
 * (业务科室) that renders it by default. Codes are stable: service records, reports and {@code GET /api/v1/service-types}
 * use them. Names follow 公安部令第162号 (licences) and 第164号 (vehicle registration); see glossary.md.
 */
public enum ServiceType {

	/** 科目一考试: the road traffic law and safe-driving theory exam. */
	EXAM_SUBJECT_1("科目一考试", "Subject 1 exam (theory)", Department.LICENSING),
	/** 科目二考试: the site driving skills exam. */
	EXAM_SUBJECT_2("科目二考试", "Subject 2 exam (site skills)", Department.LICENSING),
	/** 科目三道路驾驶技能考试: the road driving exam. */
	EXAM_SUBJECT_3("科目三道路驾驶技能考试", "Subject 3 exam (road driving)", Department.LICENSING),
	/** 科目三安全文明驾驶常识考试: the safe and civil driving knowledge exam. */
	EXAM_SUBJECT_4("科目三安全文明驾驶常识考试", "Subject 4 exam (safe driving knowledge)", Department.LICENSING),
	/** 核发学习驾驶证明. */
	LEARNER_PERMIT("核发学习驾驶证明", "Learner permit issue", Department.LICENSING),
	/** 初次申领机动车驾驶证 / 增加准驾车型: the licence issued after the last exam. */
	LICENCE_ISSUE("核发机动车驾驶证", "Driving licence issue", Department.LICENSING),
	/** 有效期满换证. */
	LICENCE_RENEWAL("驾驶证期满换证", "Driving licence renewal", Department.LICENSING),
	/** 降级换证 (降低准驾车型): a licence exchanged for a lower class outside renewal, e.g. at 63 or 70. */
	LICENCE_CLASS_EXCHANGE("驾驶证降级换证", "Driving licence exchange for a lower class", Department.LICENSING),
	/** 驾驶证补领. */
	LICENCE_REPLACEMENT("驾驶证补领", "Driving licence replacement", Department.LICENSING),
	/** 军队、武警驾驶证换领. */
	MILITARY_LICENCE_EXCHANGE("军队、武警驾驶证换领", "Military licence exchange", Department.LICENSING),
	/** 驾驶人身体条件证明 (体检). */
	MEDICAL_CHECK("驾驶人身体条件检查", "Driver medical check", Department.LICENSING),
	/** 机动车注册登记 (164号令 第二章第一节). */
	VEHICLE_REGISTRATION("机动车注册登记", "Vehicle registration", Department.VEHICLES),
	/** 机动车转让登记 (过户). */
	VEHICLE_TRANSFER("机动车转让登记", "Vehicle ownership transfer", Department.VEHICLES),
	/** 机动车变更登记. */
	VEHICLE_CHANGE("机动车变更登记", "Vehicle change registration", Department.VEHICLES),
	/** 机动车抵押登记 (and its release). */
	VEHICLE_MORTGAGE("机动车抵押登记", "Vehicle mortgage registration", Department.VEHICLES),
	/** 机动车注销登记. */
	VEHICLE_DEREGISTRATION("机动车注销登记", "Vehicle deregistration", Department.VEHICLES),
	/** 机动车转入 (from another city). */
	VEHICLE_TRANSFER_IN("机动车转入", "Vehicle transfer-in", Department.VEHICLES),
	/** 机动车转出 (to another city). */
	VEHICLE_TRANSFER_OUT("机动车转出", "Vehicle transfer-out", Department.VEHICLES),
	/** 核发检验合格标志 (电子检验标志 included). */
	INSPECTION_SIGN("核发检验合格标志", "Inspection sign issue", Department.VEHICLES),
	/** 补换领号牌、行驶证. */
	PLATE_REPLACEMENT("补换领号牌、行驶证", "Plate or registration certificate replacement", Department.VEHICLES),
	/** 电动自行车注册登记 (GB 17761). */
	EBIKE_REGISTRATION("电动自行车注册登记", "E-bike registration", Department.EBIKES),
	/** 窗口排队办理 (a queue ticket served at a window). */
	QUEUE_WINDOW_SERVICE("窗口排队办理", "Window service (queue ticket)", Department.SERVICE_HALL),
	/** 档案查询、复印. */
	ARCHIVE_COPY("档案查询复印", "Archive lookup and copy", Department.ARCHIVES),
	/** 12123 热线工单. */
	HOTLINE_TICKET("12123 热线工单", "12123 hotline ticket", Department.HOTLINE),
	/** 流动车管所上门服务. */
	MOBILE_OFFICE_SERVICE("流动车管所服务", "Mobile office service", Department.SERVICE_HALL),
	/** 业务咨询 (at a window). */
	CONSULTATION("业务咨询", "Consultation", Department.SERVICE_HALL);

	private final String chineseName;

	private final String englishName;

	private final Department department;

	ServiceType(String chineseName, String englishName, Department department) {
		this.chineseName = chineseName;
		this.englishName = englishName;
		this.department = department;
	}

	/** @return the name in Chinese, as on the office's service list */
	public String chineseName() {
		return chineseName;
	}

	/** @return the name in English */
	public String englishName() {
		return englishName;
	}

	/**
	 * @param english whether the English name is wanted
	 * @return the name in that language
	 */
	public String name(boolean english) {
		return english ? englishName : chineseName;
	}

	/** @return the department that renders it unless the record names another */
	public Department department() {
		return department;
	}

	/**
	 * @param code a code such as {@code VEHICLE_TRANSFER}
	 * @return the type
	 * @throws org.cheguan.shared.InvalidValue ({@code validation}) for an unknown code
	 */
	public static ServiceType of(String code) {
		for (var type : values()) {
			if (type.name().equals(code)) {
				return type;
			}
		}
		throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
				"transactions.service-type.unknown", null, code);
	}

	/**
	 * The office's departments (业务科室 and the sections that render, route or commend services), each one stable key
	 * (its code) with a name in Chinese and English. Staff accounts, hotline routing and the demo network name
	 * departments in Chinese, service types by code; {@link #canonical} turns either into the code, so one department
	 * is one key in every report.
	 */
	public enum Department {
		/** 驾驶证管理科 (also named 驾驶人管理科). */
		LICENSING("驾驶证管理科", "Driver licensing", "驾驶人管理科"),
		/** 机动车登记科. */
		VEHICLES("机动车登记科", "Vehicle registration"),
		/** 非机动车管理. */
		EBIKES("非机动车管理", "E-bikes"),
		/** 业务大厅. */
		SERVICE_HALL("业务大厅", "Service hall"),
		/** 档案科. */
		ARCHIVES("档案科", "Archives"),
		/** 12123 热线 (the 12123 服务中心 that answers it). */
		HOTLINE("12123 热线", "12123 hotline", "12123 服务中心"),
		/** 考试科. */
		EXAMINATIONS("考试科", "Examinations"),
		/** 机动车查验科. */
		VEHICLE_INSPECTION("机动车查验科", "Vehicle inspection"),
		/** 综合科. */
		GENERAL_AFFAIRS("综合科", "General affairs"),
		/** 审核监管科. */
		REVIEW("审核监管科", "Review and oversight"),
		/** 网办与12123服务科. */
		ONLINE_SERVICES("网办与12123服务科", "Online and 12123 services"),
		/** 督查科. */
		SUPERVISION("督查科", "Supervision"),
		/** 信息科. */
		INFORMATION("信息科", "Information technology");

		private static final java.util.Map<String, Department> NAMES;

		static {
			var names = new java.util.HashMap<String, Department>();
			for (var department : values()) {
				names.put(department.name(), department);
				names.put(department.chineseName, department);
				for (var alias : department.aliases) {
					names.put(alias, department);
				}
			}
			NAMES = java.util.Map.copyOf(names);
		}

		private final String chineseName;

		private final String englishName;

		private final java.util.List<String> aliases;

		Department(String chineseName, String englishName, String... aliases) {
			this.chineseName = chineseName;
			this.englishName = englishName;
			this.aliases = java.util.List.of(aliases);
		}

		/** @return the name in Chinese, as the office writes it */
		public String chineseName() {
			return chineseName;
		}

		/** @return the name in English */
		public String englishName() {
			return englishName;
		}

		/**
		 * @param english whether the English name is wanted
		 * @return the name in that language
		 */
		public String name(boolean english) {
			return english ? englishName : chineseName;
		}

		/**
		 * @param key a code or any name of a department (stripped)
		 * @return the department, or empty for a name the office does not know
		 */
		public static java.util.Optional<Department> find(String key) {
			return java.util.Optional.ofNullable(NAMES.get(key.strip()));
		}

		/**
		 * The one key reports group a department by: staff accounts and hotline routing name departments in Chinese
		 * (机动车登记科, 考试科), service types by code (VEHICLES), and one department must not rank twice.
		 *
		 * @param department a code or a department's name, as a staff account or a ticket names it
		 * @return the code of the department (EXAMINATIONS for 考试科); a name the office does not know (a free-text
		 *         department of an account an administrator created) as given, stripped
		 */
		public static String canonical(String department) {
			var name = department.strip();
			var known = NAMES.get(name);
			return known != null ? known.name() : name;
		}
	}
}
