package org.cheguan.licensing;

/**
 * A licence class (准驾车型代号) of 公安部令第162号 附件1, as amended by 第172号, with the other classes each one
 * permits (准予驾驶的其他车型, {@link #includedClasses()}).
 */
public enum LicenceClass {

	/** 大型客车. */
	A1("大型客车"),
	/** 重型牵引挂车 (renamed from 牵引车 in the 2021 revision). */
	A2("重型牵引挂车"),
	/** 城市公交车. */
	A3("城市公交车"),
	/** 中型客车. */
	B1("中型客车"),
	/** 大型货车. */
	B2("大型货车"),
	/** 小型汽车. */
	C1("小型汽车"),
	/** 小型自动挡汽车. */
	C2("小型自动挡汽车"),
	/** 低速载货汽车. */
	C3("低速载货汽车"),
	/** 三轮汽车. */
	C4("三轮汽车"),
	/** 残疾人专用小型自动挡载客汽车. */
	C5("残疾人专用小型自动挡载客汽车"),
	/** 轻型牵引挂车 (added in 2021). */
	C6("轻型牵引挂车"),
	/** 普通三轮摩托车. */
	D("普通三轮摩托车"),
	/** 普通二轮摩托车. */
	E("普通二轮摩托车"),
	/** 轻便摩托车. */
	F("轻便摩托车"),
	/** 轮式专用机械车. */
	M("轮式专用机械车"),
	/** 无轨电车. */
	N("无轨电车"),
	/** 有轨电车. */
	P("有轨电车");

	private final String chineseName;

	LicenceClass(String chineseName) {
		this.chineseName = chineseName;
	}

	/** @return the official Chinese name of the class, e.g. {@code 小型汽车} for C1 (公安部令第162号 附件1) */
	public String chineseName() {
		return chineseName;
	}

	/** Source of the class inclusion table: 公安部令第162号 附件1 (准驾车型及代号), 2021 revision. */
	public static final String RULE_CLASS_INCLUSION = "MPS-162-annex-1";

	/**
	 * The other classes a licence of this class permits (准予驾驶的其他准驾车型, 公安部令第162号 附件1 as revised in 2021;
	 * domain-rules §1.1, a single source for the post-2021 details): A1 ⊃ A3, B1, B2, C1, C2, C3, C4, M; A2 ⊃ B1, B2,
	 * C1, C2, C3, C4, C6, M; A3 ⊃ C1, C2, C3, C4; B1 and B2 ⊃ C1, C2, C3, C4, M; C1 ⊃ C2, C3, C4; C3 ⊃ C4; D ⊃ E, F;
	 * E ⊃ F; the others (C2, C4, C5, C6, F, M, N, P) none.
	 *
	 * @return the included classes, without the class itself; a new mutable set
	 */
	public java.util.Set<LicenceClass> includedClasses() {
		return switch (this) {
			case A1 -> java.util.EnumSet.of(A3, B1, B2, C1, C2, C3, C4, M);
			case A2 -> java.util.EnumSet.of(B1, B2, C1, C2, C3, C4, C6, M);
			case A3 -> java.util.EnumSet.of(C1, C2, C3, C4);
			case B1, B2 -> java.util.EnumSet.of(C1, C2, C3, C4, M);
			case C1 -> java.util.EnumSet.of(C2, C3, C4);
			case C3 -> java.util.EnumSet.of(C4);
			case D -> java.util.EnumSet.of(E, F);
			case E -> java.util.EnumSet.of(F);
			case C2, C4, C5, C6, F, M, N, P -> java.util.EnumSet.noneOf(LicenceClass.class);
		};
	}

	/**
	 * Every class a licence of this class allows to drive: the class itself and {@link #includedClasses()}.
	 *
	 * @return the permitted classes, in code order; a new mutable set
	 */
	public java.util.Set<LicenceClass> permittedClasses() {
		var permitted = includedClasses();
		permitted.add(this);
		return permitted;
	}

	/**
	 * Whether a licence of this class already permits {@code other} (公安部令第162号 附件1).
	 *
	 * @param other another class
	 * @return true when {@code other} is this class or one it includes
	 */
	public boolean permits(LicenceClass other) {
		return other == this || includedClasses().contains(other);
	}

	/**
	 * Whether a person without any licence may apply for the class (初次申领). A1, A2, B1 and C6 are increase-only
	 * (增驾): 公安部令第162号 第十六条 (as amended by 第172号).
	 *
	 * @return false for A1, A2, B1 and C6, true otherwise
	 */
	public boolean firstApplicationAllowed() {
		return this != A1 && this != A2 && this != B1 && this != C6;
	}

	/**
	 * Large and medium vehicles (大中型客货车): the classes with a 90-point Subject 2 pass mark and the 20/40-day
	 * booking waits (公安部令第162号 第四十三、四十四条).
	 *
	 * @return true for A1, A2, A3, B1 and B2
	 */
	public boolean isLargeVehicle() {
		return switch (this) {
			case A1, A2, A3, B1, B2 -> true;
			default -> false;
		};
	}

	/**
	 * Automobile classes (汽车类): holding one shortens the Subject 3 wait for large classes from 40 to 30 days
	 * (公安部令第162号 第四十四条).
	 *
	 * @return true for A1, A2, A3, B1, B2 and C1–C6
	 */
	public boolean isAutomobile() {
		return switch (this) {
			case A1, A2, A3, B1, B2, C1, C2, C3, C4, C5, C6 -> true;
			default -> false;
		};
	}
}
