package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.cheguan.support.CheguanTest;
import org.cheguan.transactions.ServiceType.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration that gives rollups written under a department's Chinese name its code (V3__department_keys) merges
 * the counters into the code's rows, and names exactly the departments {@link Department} knows.
 */
@CheguanTest
class DepartmentKeyMigrationTests {

	static final String SCRIPT = "db/migration/reporting/V3__department_keys.sql";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void theMigrationNamesEveryNameOfEveryDepartment() throws IOException {
		for (var script : new String[] { SCRIPT, "db/migration/transactions/V2__department_keys.sql" }) {
			var pairs = pairs(script);
			var expected = new HashMap<String, String>();
			for (var department : Department.values()) {
				expected.put(department.chineseName(), department.name());
			}
			expected.put("驾驶人管理科", "LICENSING");
			expected.put("12123 服务中心", "HOTLINE");
			assertThat(pairs).as(script).isEqualTo(expected);
			pairs.forEach((name, code) -> assertThat(Department.canonical(name)).isEqualTo(code));
		}
	}

	@Test
	void rowsUnderADepartmentsNameAreAddedIntoItsCodesRows() throws IOException {
		var day = LocalDate.of(2001, 1, 1 + new java.util.Random().nextInt(28));
		var agent = "migration-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		try {
			transactions.executeWithoutResult(status -> {
				insertHotline(day, "考试科", agent, 2);
				insertHotline(day, "EXAMINATIONS", agent, 3);
				insertHotline(day, "12123 服务中心", agent, 4);
				insertHotline(day, "12123 热线", agent, 5);
				insertHotline(day, "驾驶人考试科", agent, 6); // a name the office does not know
				jdbc.sql("insert into reporting.daily_commendation (office_day, staff, department, commendations)"
						+ " values (:day, :staff, '档案科', 1), (:day, :staff, 'ARCHIVES', 2)")
					.param("day", day).param("staff", agent).update();
				jdbc.sql("set local search_path to reporting").update();
				// as Flyway runs it: the script's statements one by one in one transaction
				org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(
						org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
						new org.springframework.core.io.support.EncodedResource(new ClassPathResource(SCRIPT),
								StandardCharsets.UTF_8));
			});
			var hotline = new HashMap<String, Long>();
			jdbc.sql("select department, opened from reporting.daily_hotline where office_day = :day and agent = :agent")
				.param("day", day).param("agent", agent)
				.query((rs, n) -> hotline.put(rs.getString(1), rs.getLong(2)))
				.list();
			assertThat(hotline).containsExactlyInAnyOrderEntriesOf(
					Map.of("EXAMINATIONS", 5L, "HOTLINE", 9L, "驾驶人考试科", 6L));
			var commendations = jdbc.sql("""
					select department || '=' || commendations from reporting.daily_commendation
					where office_day = :day and staff = :staff""")
				.param("day", day).param("staff", agent).query(String.class).list();
			assertThat(commendations).containsExactly("ARCHIVES=3");
		}
		finally {
			jdbc.sql("delete from reporting.daily_hotline where office_day = :day and agent = :agent")
				.param("day", day).param("agent", agent).update();
			jdbc.sql("delete from reporting.daily_commendation where office_day = :day and staff = :staff")
				.param("day", day).param("staff", agent).update();
		}
	}

	private void insertHotline(LocalDate day, String department, String agent, long opened) {
		jdbc.sql("""
				insert into reporting.daily_hotline (office_day, department, kind, agent, opened)
				values (:day, :department, 'HELP', :agent, :opened)""")
			.param("day", day).param("department", department).param("agent", agent).param("opened", opened)
			.update();
	}

	private static Map<String, String> pairs(String script) throws IOException {
		var text = new String(new ClassPathResource(script).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		var pairs = new HashMap<String, String>();
		var matcher = Pattern.compile("\\('([^']+)', '([A-Z_]+)'\\)").matcher(text);
		while (matcher.find()) {
			pairs.put(matcher.group(1), matcher.group(2));
		}
		return pairs;
	}
}
