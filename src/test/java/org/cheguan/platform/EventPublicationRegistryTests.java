package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events to module listeners go through Spring Modulith's JDBC publication registry in the {@code platform} schema,
 * so that an event published in a committed transaction is delivered even if the process dies in between.
 */
@CheguanTest
class EventPublicationRegistryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publicationsAreRecordedInThePlatformSchemaAndCompleted() throws InterruptedException {
		var id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new RegistryProbeListener.RegistryProbe(id)));

		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!RegistryProbeListener.received.contains(id) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(RegistryProbeListener.received).contains(id);
		Long completed = null;
		while (System.nanoTime() < deadline) {
			completed = jdbc.sql("select count(*) from platform.event_publication where serialized_event like :id "
					+ "and completion_date is not null").param("id", "%" + id + "%").query(Long.class).single();
			if (completed == 1) {
				break;
			}
			Thread.sleep(20);
		}
		assertThat(completed).isEqualTo(1);
	}
}
