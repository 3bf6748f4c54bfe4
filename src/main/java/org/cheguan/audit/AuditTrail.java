package org.cheguan.audit;

import java.time.Clock;

import org.cheguan.shared.StateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every {@link StateChanged} to the audit trail.
 *
 * <p>A plain synchronous listener on purpose (not {@code @ApplicationModuleListener}): it runs in the publisher's
 * thread and transaction, so the change and its audit row commit or roll back together, and a failure to audit
 * fails the change. Published outside a transaction, the event is appended in a transaction of its own.
 *
 * <p>Appends are serialized by locking the single chain-head row ({@code select ... for update}); the lock is held
 * until the publisher's transaction ends, so publishers should publish {@code StateChanged} near the end of their
 * transaction.
 */
@Component
class AuditTrail {

	/** The actor of changes made with nobody signed in (scheduled jobs, start-up, anonymous requests). */
	static final String SYSTEM = "system";

	private final AuditRecords records;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	AuditTrail(AuditRecords records, Clock clock, PlatformTransactionManager transactionManager) {
		this.records = records;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	@EventListener
	void on(StateChanged change) {
		var actor = currentActor();
		transactions.executeWithoutResult(status -> append(change, actor));
	}

	private void append(StateChanged change, String actor) {
		var previous = records.lockHead();
		// the time is read after the lock, so that occurred_at never decreases along the chain
		var occurredAt = AuditHash.truncate(clock.instant());
		var hash = AuditHash.of(previous, occurredAt, actor, change.action(), change.targetType(), change.targetId(),
				change.before(), change.after());
		records.append(occurredAt, actor, change.action(), change.targetType(), change.targetId(), change.before(),
				change.after(), previous, hash);
		records.moveHead(hash);
	}

	private String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || trustResolver.isAnonymous(authentication)) {
			return SYSTEM;
		}
		var name = authentication.getName();
		return name == null || name.isBlank() ? SYSTEM : name;
	}
}
