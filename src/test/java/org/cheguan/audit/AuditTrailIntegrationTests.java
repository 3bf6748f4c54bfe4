package org.cheguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cheguan.shared.StateChanged;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the real database. Tampering tests change rows only inside a transaction they roll back: the
 * database is shared by the whole test run.
 */
@CheguanTest
class AuditTrailIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerification verification;

	@Autowired
	AuditHistory history;

	@Test
	void chainsAppendedRowsToEachOther() {
		var target = uniqueTarget();
		events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
		transactions.executeWithoutResult(status -> events
			.publishEvent(new StateChanged("test.thing.changed", "thing", target, "v1", "v2")));
		events.publishEvent(new StateChanged("test.thing.removed", "thing", target, "v2", null));

		var rows = history.find("thing", target, 0, 10).items(); // newest first
		assertThat(rows).extracting(AuditRecord::action)
			.containsExactly("test.thing.removed", "test.thing.changed", "test.thing.created");
		assertThat(rows.get(0).previousHash()).isEqualTo(rows.get(1).hash());
		assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(2).hash());
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.actor()).isEqualTo("system");
			assertThat(row.hash()).isEqualTo(AuditHash.of(row.previousHash(), row.occurredAt().toInstant(),
					row.actor(), row.action(), row.targetType(), row.targetId(), row.before(), row.after()));
		});
		assertThat(rows.get(1).before()).isEqualTo("v1");
		assertThat(rows.get(1).after()).isEqualTo("v2");
		assertThat(verification.verify().ok()).isTrue();
	}

	@Test
	void recordsTheSignedInPrincipalAsActor() {
		var target = uniqueTarget();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("clerk", null,
					List.of(new SimpleGrantedAuthority("ROLE_CLERK"))));
		try {
			events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		assertThat(history.find("thing", target, 0, 10).items()).extracting(AuditRecord::actor)
			.containsExactly("clerk");
	}

	@Test
	void leavesNoRowWhenTheChangeRollsBack() {
		var target = uniqueTarget();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
			assertThat(rowsAbout(target)).isEqualTo(1); // written in the publisher's transaction
			status.setRollbackOnly();
		});

		assertThat(rowsAbout(target)).isZero();
		assertThat(verification.verify().ok()).isTrue();
	}

	@Test
	void keepsTheChainIntactUnderConcurrentAppends() throws Exception {
		var target = uniqueTarget();
		var threads = 8;
		var perThread = 25;
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var tasks = new ArrayList<Callable<Void>>();
			for (var t = 0; t < threads; t++) {
				var thread = t;
				tasks.add(() -> {
					for (var i = 0; i < perThread; i++) {
						events.publishEvent(StateChanged.created("test.thing.created", "thing", target,
								thread + "/" + i));
					}
					return null;
				});
			}
			for (var future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(rowsAbout(target)).isEqualTo(threads * perThread);
		var result = verification.verify();
		assertThat(result.ok()).as("verification %s", result).isTrue();
		assertThat(result.firstBrokenId()).isNull();
		assertThat(result.checked()).isGreaterThanOrEqualTo(threads * perThread);
	}

	@Test
	void detectsAnEditedSummary() {
		var target = uniqueTarget();
		events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
		events.publishEvent(new StateChanged("test.thing.changed", "thing", target, "v1", "v2"));
		var edited = history.find("thing", target, 0, 10).items().get(1).id(); // the older one

		transactions.executeWithoutResult(status -> {
			jdbc.sql("update audit.audit_record set after_summary = 'forged' where id = ?").param(edited).update();

			var result = verification.verify();
			assertThat(result.ok()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(edited);
			status.setRollbackOnly();
		});

		assertThat(verification.verify().ok()).isTrue();
	}

	@Test
	void detectsADeletedRowInTheMiddle() {
		var target = uniqueTarget();
		for (var version = 1; version <= 3; version++) {
			events.publishEvent(new StateChanged("test.thing.changed", "thing", target, null, "v" + version));
		}
		var ids = history.find("thing", target, 0, 10).items().stream().map(AuditRecord::id).toList(); // newest first

		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from audit.audit_record where id = ?").param(ids.get(1)).update();

			var result = verification.verify();
			assertThat(result.ok()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(ids.get(0));
			status.setRollbackOnly();
		});

		assertThat(verification.verify().ok()).isTrue();
	}

	@Test
	void detectsDeletedNewestRowsThroughTheChainHead() {
		transactions.executeWithoutResult(status -> {
			var target = uniqueTarget();
			events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
			events.publishEvent(new StateChanged("test.thing.changed", "thing", target, "v1", "v2"));
			var ids = history.find("thing", target, 0, 10).items().stream().map(AuditRecord::id).toList();
			jdbc.sql("delete from audit.audit_record where id = ?").param(ids.get(0)).update();

			var result = verification.verify();
			assertThat(result.ok()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(ids.get(1));
			status.setRollbackOnly();
		});
	}

	private long rowsAbout(String target) {
		return jdbc.sql("select count(*) from audit.audit_record where target_id = ?")
			.param(target)
			.query(Long.class)
			.single();
	}

	private static String uniqueTarget() {
		return UUID.randomUUID().toString();
	}
}
