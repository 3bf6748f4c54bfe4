package org.cheguan.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;

import org.cheguan.transactions.ServiceType.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A department ranks once in the reports, under one stable key, whether a staff account or a hotline ticket names it
 * in Chinese or a service type names it by code (newcomer trials: 机动车登记科 ranked twice in the monthly review;
 * the six known departments had codes and the others, 考试科, 综合科 …, Chinese names as keys).
 */
class DepartmentNameTests {

	@ParameterizedTest
	@CsvSource({ "机动车登记科, VEHICLES", "驾驶证管理科, LICENSING", "驾驶人管理科, LICENSING", "档案科, ARCHIVES",
			"12123 服务中心, HOTLINE", "12123 热线, HOTLINE", "业务大厅, SERVICE_HALL", "非机动车管理, EBIKES",
			"' 档案科 ', ARCHIVES", "VEHICLES, VEHICLES", "考试科, EXAMINATIONS", "机动车查验科, VEHICLE_INSPECTION",
			"综合科, GENERAL_AFFAIRS", "审核监管科, REVIEW", "网办与12123服务科, ONLINE_SERVICES", "督查科, SUPERVISION",
			"信息科, INFORMATION", "EXAMINATIONS, EXAMINATIONS" })
	void everyNameOfADepartmentBecomesItsCode(String name, String code) {
		assertThat(Department.canonical(name)).isEqualTo(code);
	}

	/** Every department the platform names (staff accounts, hotline routing, the demo network and history). */
	@ParameterizedTest
	@CsvSource({ "信息科", "考试科", "12123 服务中心", "督查科", "档案科", "综合科", "驾驶人管理科", "机动车登记科", "机动车查验科",
			"审核监管科", "网办与12123服务科" })
	void everyDepartmentThePlatformNamesIsKnown(String name) {
		assertThat(Department.find(name)).isPresent();
		assertThat(Department.canonical(name)).matches("[A-Z_]+");
	}

	@Test
	void everyDepartmentHasOneKeyAndANameInBothLanguages() {
		assertThat(Department.values()).hasSize(13);
		var names = new HashSet<String>();
		for (var department : Department.values()) {
			assertThat(Department.canonical(department.name())).isEqualTo(department.name());
			assertThat(Department.canonical(department.chineseName())).isEqualTo(department.name());
			assertThat(department.name(false)).isEqualTo(department.chineseName()).isNotBlank();
			assertThat(department.name(true)).isEqualTo(department.englishName()).matches("[ -~]+");
			assertThat(names.add(department.chineseName())).as("one Chinese name, one department").isTrue();
			assertThat(names.add(department.englishName())).as("one English name, one department").isTrue();
		}
		assertThat(Arrays.stream(Department.values()).map(Department::name)).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@CsvSource({ "驾驶人考试科", "' 车管分所 '" })
	void aNameTheOfficeDoesNotKnowStaysAsGiven(String name) {
		assertThat(Department.find(name)).isEmpty();
		assertThat(Department.canonical(name)).isEqualTo(name.strip());
	}
}
