package org.cheguan.vehicles;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.cheguan.shared.InvalidValue;

/**
 * Vehicle status codes (机动车状态, domain-rules.md §2, single source: the 公安 vehicle-file status list). Codes
 * combine (e.g. {@code AG} is written for a normal vehicle with an unprocessed violation; this product stores the set
 * and writes {@code A} only when no other code is present). {@link #blocksTransfer()} says which refuse a transfer,
 * change or transfer-out (公安部令第164号, the refusal list of domain-rules.md §2).
 */
public enum StatusCode {

	/** 正常. */
	A(false),
	/** 转出. */
	B(true),
	/** 被盗抢. */
	C(true),
	/** 停驶. */
	D(false),
	/** 注销. */
	E(true),
	/** 违法未处理. */
	G(true),
	/** 海关监管. */
	H(true),
	/** 事故未处理. */
	I(true),
	/** 嫌疑车. */
	J(true),
	/** 查封. */
	K(true),
	/** 暂扣. */
	L(true),
	/** 强制注销. */
	M(true),
	/** 事故逃逸. */
	N(true),
	/** 锁定. */
	O(true),
	/** 达到报废标准公告牌证作废. */
	P(true),
	/** 逾期未检验. */
	Q(false),
	/** 其他. */
	Z(false);

	private final boolean blocksTransfer;

	StatusCode(boolean blocksTransfer) {
		this.blocksTransfer = blocksTransfer;
	}

	/** @return whether a vehicle with this code may not be transferred, changed or moved out */
	public boolean blocksTransfer() {
		return blocksTransfer;
	}

	/**
	 * Reads a combination such as {@code AG} or {@code K,L}.
	 *
	 * @param text letters, separators ignored
	 * @return the codes; {@code A} dropped when another code is present
	 * @throws InvalidValue for an unknown letter
	 */
	public static Set<StatusCode> parse(String text) {
		var codes = EnumSet.noneOf(StatusCode.class);
		for (var c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			if (Character.isWhitespace(c) || c == ',' || c == ';') {
				continue;
			}
			try {
				codes.add(StatusCode.valueOf(String.valueOf(c)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.status.unknown", null, String.valueOf(c));
			}
		}
		return normalize(codes);
	}

	/**
	 * @param codes a set of codes
	 * @return the same set with {@code A} present exactly when nothing else is
	 */
	public static Set<StatusCode> normalize(Set<StatusCode> codes) {
		var result = codes.isEmpty() ? EnumSet.noneOf(StatusCode.class) : EnumSet.copyOf(codes);
		result.remove(A);
		if (result.isEmpty()) {
			result.add(A);
		}
		return result;
	}

	/**
	 * @param codes a set of codes
	 * @return the letters in order, e.g. {@code GK}
	 */
	public static String write(Set<StatusCode> codes) {
		var builder = new StringBuilder();
		normalize(codes).forEach(code -> builder.append(code.name()));
		return builder.toString();
	}
}
