package org.cheguan.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui}): title, licence and the two
 * ways to authenticate of api-contract.md — HTTP Basic for staff, a bearer token for citizens.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI cheguanOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Cheguan 车管 API")
				.version("v1")
				.description("The API of a city vehicle management office (车辆管理所). Errors are RFC 9457 problems "
						+ "with a stable type (/problems/{slug}) in the language of Accept-Language (zh-CN default, "
						+ "en). POSTs that create accept an Idempotency-Key header.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components()
				.addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Staff: user name and password"))
				.addSecuritySchemes("citizen", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Citizens: the token from POST /api/v1/citizen-sessions")))
			.addSecurityItem(new SecurityRequirement().addList("staff"))
			.addSecurityItem(new SecurityRequirement().addList("citizen"));
	}
}
