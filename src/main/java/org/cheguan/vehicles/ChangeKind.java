package org.cheguan.vehicles;

/** What a change registration (变更登记, 公安部令第164号 第十六条) changes. */
public enum ChangeKind {

	/** 车身颜色. */
	BODY_COLOUR,
	/** 发动机. */
	ENGINE,
	/** 车身或者车架. */
	BODY_OR_FRAME,
	/** 使用性质 (the new value is a Usage name). */
	USAGE,
	/** 所有人住所. */
	OWNER_ADDRESS
}
