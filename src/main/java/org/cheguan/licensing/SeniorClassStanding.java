package org.cheguan.licensing;

/**
 * Where a licence stands relative to the classes that may no longer be driven from 70 (公安部令第162号 第六十五条 as
 * amended by 第172号; domain-rules §1.6): from the 70th birthday C3 (低速载货汽车), C4 (三轮汽车), C6 (轻型牵引挂车),
 * D (普通三轮摩托车) and E (普通二轮摩托车) may no longer be driven, and a D or E holder exchanges for F (轻便摩托车). The
 * classes drop out of what the holder may drive on the birthday itself; the licence is exchanged on request
 * ({@link LicenceRenewalRules#exchange}) or at the next renewal ({@link LicenceRenewalRules#classAtAge}). See
 * {@link LicenceRenewalRules#seniorClassStanding}.
 */
public enum SeniorClassStanding {

	/** The licence permits none of C3, C4, C6, D, E: nothing changes at 70. */
	NOT_AFFECTED,
	/** Under 70: the licence permits some of C3, C4, C6, D, E, which end on the 70th birthday. */
	BEFORE_70,
	/** Aged 70 or over holding D or E: only F may be driven; the licence is to be exchanged for F. */
	EXCHANGE_FOR_F,
	/** Aged 70 or over holding C3, C4 or C6: the class may no longer be driven, and no lower class remains. */
	CLASS_ENDS,
	/**
	 * Aged 70 or over holding a wider class (C1, A1, B2 …): the class is kept, but the C3, C4 or C6 it includes may no
	 * longer be driven.
	 */
	INCLUDED_CLASSES_END
}
