package org.cheguan.platform;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.CitizenSignIn;
import org.cheguan.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Security of the API and the pages (api-contract.md, Conventions).
 *
 * <ul>
 * <li>API ({@code /api/**}, {@code /open311/**}, {@code /actuator/**}): stateless; staff use HTTP Basic, citizens a
 * bearer token from one-time-code sign-in; no cookies are read, so no CSRF token is needed. Failures are RFC 9457
 * problems (401 {@code unauthenticated}, 403 {@code forbidden}).</li>
 * <li>Pages: staff form login at {@code /login}, citizen code sign-in at {@code /citizen/sign-in}, session cookies
 * and CSRF protection.</li>
 * </ul>
 * Staff passwords are hashed with BCrypt through Spring Security's delegating encoder.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] STAFF_ROLES = { Role.ADMIN.name(), Role.CLERK.name(), Role.EXAMINER.name(),
			Role.HOTLINE_AGENT.name(), Role.SUPERVISOR.name() };

	/** API paths anyone may read (api-contract.md: the service network, exam venues and sessions, the catalogue). */
	static final String[] PUBLIC_READS = { "/api/v1/districts/**", "/api/v1/outlets/**", "/api/v1/coverage/**",
			"/api/v1/exam-venues/**", "/api/v1/exam-sessions/**", "/api/v1/service-types/**", "/api/v1/mobile-visits/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** A URL the firewall refuses (double slashes, encoded dots, …) is a 400 problem, not a container page. */
	@Bean
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(Problems problems,
			LocaleResolver locales) {
		return (request, response, exception) -> problems.write(problems.of("validation", 400,
				"problem.validation.url", null, locales.resolveLocale(request)), request, response);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, CitizenSignIn signIn, Problems problems, LocaleResolver locales)
			throws Exception {
		http.securityMatcher("/api/**", "/open311/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/citizen-sessions/codes", "/api/v1/citizen-sessions").permitAll()
				// a public read answers HEAD too (RFC 9110 §9.3.2: like GET, without the body; Spring MVC serves it from
				// the GET mapping) and OPTIONS (the methods offered, in Allow); a method matcher names one method only,
				// so each is named here: HEAD and OPTIONS of these paths fell through to anyRequest, a 401
				.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
				.requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
				.requestMatchers(HttpMethod.OPTIONS, PUBLIC_READS).permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/v1/citizen-sessions/codes", "/api/v1/citizen-sessions")
				.permitAll()
				.requestMatchers("/open311/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/exam-sessions", "/api/v1/exam-venues/**",
						"/api/v1/exam-allocations")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/api/v1/admin/audit/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers("/api/v1/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, exception) -> unauthenticated(request, response, problems, locales)))
			.addFilterBefore(new CitizenBearerTokenFilter(signIn, problems, locales), BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, exception) -> unauthenticated(request, response, problems,
						locales))
				.accessDeniedHandler((request, response, exception) -> problems.write(problems.of("forbidden", 403,
						"problem.forbidden", null, locales.resolveLocale(request)), request, response)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, CitizenSignIn signIn) throws Exception {
		// Each work area of the console is open only to its roles (WorkArea), whichever module draws its pages.
		http.authorizeHttpRequests(requests -> {
			for (var area : WorkArea.values()) {
				requests.requestMatchers(area.path(), area.path() + "/**").hasAnyRole(area.roleNames());
			}
		});
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/citizen/sign-in/**", "/preferences/**", "/error", "/css/**", "/js/**",
					"/images/**", "/webjars/**", "/favicon.ico", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**",
					"/docs/**", "/outlets", "/outlets/**")
			.permitAll()
			// the one-time rating link of an SMS invitation is its own credential (evaluation, RatingInvited)
			.requestMatchers("/rate/**").permitAll()
			.requestMatchers("/staff/**").hasAnyRole(STAFF_ROLES)
			.requestMatchers("/citizen/**").hasRole(Role.CITIZEN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/")
				.addLogoutHandler(CitizenSignInPages.revokingToken(signIn)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
							+ "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(pageSignIn()));
		return http.build();
	}

	/**
	 * Where an anonymous visitor of a protected page is sent: citizen pages to the citizen sign-in, everything else to
	 * the staff sign-in, whatever the {@code Accept} header says.
	 */
	private static org.springframework.security.web.AuthenticationEntryPoint pageSignIn() {
		var entryPoints = new java.util.LinkedHashMap<org.springframework.security.web.util.matcher.RequestMatcher,
				org.springframework.security.web.AuthenticationEntryPoint>();
		entryPoints.put(org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
			.matcher("/citizen/**"), new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
					"/citizen/sign-in"));
		var delegating = new org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint(
				entryPoints);
		delegating.setDefaultEntryPoint(
				new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"));
		return delegating;
	}

	private static void unauthenticated(HttpServletRequest request, HttpServletResponse response, Problems problems,
			LocaleResolver locales) throws java.io.IOException {
		if (request.getHeader("Authorization") == null
				|| !request.getHeader("Authorization").regionMatches(true, 0, "Bearer", 0, 6)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"cheguan\", charset=\"UTF-8\"");
		}
		else {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"cheguan\", error=\"invalid_token\"");
		}
		problems.write(problems.of("unauthenticated", 401, "problem.unauthenticated", null,
				locales.resolveLocale(request)), request, response);
	}

	/**
	 * Authenticates {@code Authorization: Bearer <token>} as a citizen with role {@code CITIZEN}; an unknown or
	 * expired token is a 401 problem at once.
	 */
	static final class CitizenBearerTokenFilter extends OncePerRequestFilter {

		private final CitizenSignIn signIn;

		private final Problems problems;

		private final LocaleResolver locales;

		CitizenBearerTokenFilter(CitizenSignIn signIn, Problems problems, LocaleResolver locales) {
			this.signIn = signIn;
			this.problems = problems;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			var header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				var citizen = signIn.authenticate(header.substring(7).strip());
				if (citizen.isEmpty()) {
					unauthenticated(request, response, problems, locales);
					return;
				}
				var authentication = UsernamePasswordAuthenticationToken.authenticated(
						new CitizenPrincipal(citizen.get()), null,
						List.of(new SimpleGrantedAuthority(Role.CITIZEN.authority())));
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}
	}

	static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}
}
