package org.cheguan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cheguan.shared.OfficeTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code audit.audit_record} and the chain head, in plain SQL. */
@Repository
class AuditRecords {

	private static final String COLUMNS = "id, occurred_at, actor, action, target_type, target_id, before_summary, "
			+ "after_summary, previous_hash, hash";

	private static final String FILTER = "where (cast(:targetType as text) is null or target_type = :targetType) "
			+ "and (cast(:targetId as text) is null or target_id = :targetId)";

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the chain head until the end of the transaction and returns the newest hash. */
	String lockHead() {
		return jdbc.sql("select last_hash from audit.chain_head where id = 1 for update").query(String.class).single();
	}

	/** The newest hash, without locking. */
	String head() {
		return jdbc.sql("select last_hash from audit.chain_head where id = 1").query(String.class).single();
	}

	long append(Instant occurredAt, String actor, String action, String targetType, String targetId,
			@Nullable String before, @Nullable String after, String previousHash, String hash) {
		return jdbc.sql("""
				insert into audit.audit_record (occurred_at, actor, action, target_type, target_id, before_summary,
				    after_summary, previous_hash, hash)
				values (:occurredAt, :actor, :action, :targetType, :targetId, :before, :after, :previousHash, :hash)
				returning id""")
			.param("occurredAt", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action)
			.param("targetType", targetType)
			.param("targetId", targetId)
			.param("before", before)
			.param("after", after)
			.param("previousHash", previousHash)
			.param("hash", hash)
			.query(Long.class)
			.single();
	}

	void moveHead(String hash) {
		jdbc.sql("update audit.chain_head set last_hash = ? where id = 1").param(hash).update();
	}

	/** Up to {@code limit} rows with an id above {@code afterId}, oldest first (keyset paging). */
	List<AuditRecord> after(long afterId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit.audit_record where id > ? order by id limit ?")
			.param(afterId)
			.param(limit)
			.query(AuditRecords::map)
			.list();
	}

	/** A page of the rows about one target (either filter may be null), newest first. */
	List<AuditRecord> find(@Nullable String targetType, @Nullable String targetId, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from audit.audit_record " + FILTER
				+ " order by id desc limit :size offset :offset")
			.param("targetType", targetType)
			.param("targetId", targetId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(AuditRecords::map)
			.list();
	}

	long count(@Nullable String targetType, @Nullable String targetId) {
		return jdbc.sql("select count(*) from audit.audit_record " + FILTER)
			.param("targetType", targetType)
			.param("targetId", targetId)
			.query(Long.class)
			.single();
	}

	private static AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"),
				rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(OfficeTime.ZONE).toOffsetDateTime(),
				rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("before_summary"), rs.getString("after_summary"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}
