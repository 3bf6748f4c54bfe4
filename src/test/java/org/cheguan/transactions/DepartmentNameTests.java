package org.cheguan.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.transactions.ServiceType.Department;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A department ranks once in the reports whether a staff account or a hotline ticket names it in Chinese or a service
 * type names it by code (newcomer trial: 机动车登记科 ranked twice in the monthly review).
 */
class DepartmentNameTests {

	@ParameterizedTest
	@CsvSource({ "机动车登记科, VEHICLES", "驾驶证管理科, LICENSING", "驾驶人管理科, LICENSING", "档案科, ARCHIVES",
			"12123 服务中心, HOTLINE", "12123 热线, HOTLINE", "业务大厅, SERVICE_HALL", "非机动车管理, EBIKES",
			"' 档案科 ', ARCHIVES", "VEHICLES, VEHICLES" })
	void knownNamesBecomeTheirCode(String name, String code) {
		assertThat(Department.canonical(name)).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "考试科", "机动车查验科", "综合科" })
	void otherDepartmentsKeepTheirName(String name) {
		assertThat(Department.canonical(name)).isEqualTo(name);
	}
}
