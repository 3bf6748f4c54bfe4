package org.cheguan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Cheguan (车管): the platform of a city vehicle management office (车辆管理所). One deployable modular
 * monolith; every top-level package below {@code org.cheguan} is an application module (see
 * {@code docs/architecture.md}). {@code shared} holds the value types every module uses.
 */
@SpringBootApplication
@Modulithic(systemName = "Cheguan", sharedModules = "shared")
@EnableScheduling
public class CheguanApplication {

	/**
	 * Starts the platform. Without {@code spring.datasource.url} an embedded PostgreSQL is started.
	 *
	 * @param args Spring Boot command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(CheguanApplication.class, args);
	}
}
