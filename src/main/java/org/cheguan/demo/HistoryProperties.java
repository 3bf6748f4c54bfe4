package org.cheguan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generated demo history ({@code cheguan.demo.history.*}).
 *
 * @param enabled whether the history is generated at all (only in the demo profile)
 * @param days how many office days before today are generated, 1 to 90
 * @param servicesPerDay counter services of an ordinary working day (queue tickets, registrations, transfers,
 *        e-bikes, mobile office); weekends have about a third, exams and hotline tickets come on top
 * @param seed the seed of the random choices: the same seed and today give the same history
 * @param workers how many services of one moment run side by side, 1 to 16 (the choices are made before, in order)
 */
@ConfigurationProperties("cheguan.demo.history")
record HistoryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") int days,
		@DefaultValue("120") int servicesPerDay, @DefaultValue("20240113") long seed,
		@DefaultValue("4") int workers) {

	HistoryProperties {
		if (days < 1 || days > 90) {
			throw new IllegalArgumentException("cheguan.demo.history.days must be 1 to 90");
		}
		if (workers < 1 || workers > 16) {
			throw new IllegalArgumentException("cheguan.demo.history.workers must be 1 to 16");
		}
		if (servicesPerDay < 1 || servicesPerDay > 5_000) {
			throw new IllegalArgumentException("cheguan.demo.history.services-per-day must be 1 to 5000");
		}
	}
}
