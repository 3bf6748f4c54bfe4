package org.cheguan.appointments;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.shared.ResidentIdNumber;

/** Synthetic citizens for the appointments tests: ID numbers unique per run, valid check characters (GB 11643). */
final class Samples {

	private static final AtomicInteger sequence = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

	private Samples() {
	}

	/** A fresh ID number of someone born on that date (Hanyang district code, sequence code varies). */
	static String idBornOn(LocalDate birthDate) {
		var body = "420105" + birthDate.toString().replace("-", "")
				+ String.format("%03d", Math.floorMod(sequence.incrementAndGet(), 1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	/** A fresh ID number of an adult, birth date spread so that thousands per run stay distinct. */
	static String freshIdNumber() {
		var n = sequence.incrementAndGet();
		return idBornOn(LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(n / 1000 * 7919L, 14_000)));
	}

	static String freshMobile() {
		return "136" + String.format("%08d", Math.floorMod(sequence.incrementAndGet() * 7_919L, 100_000_000L));
	}
}
