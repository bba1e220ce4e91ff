package se.samverkanskartan.accounts;

import java.io.IOException;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.samverkanskartan.accounts.ui.LoginView;

/**
 * Spring Security with Vaadin's login view for the pages, HTTP Basic for the read-only
 * API, role checks on service methods, and the role hierarchy admin ⊃ editor ⊃ viewer.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

	/**
	 * What pages may load and run. Vaadin's client engine needs inline scripts, eval and
	 * inline styles (vaadin.com/docs, "Content Security Policy"); everything else is this
	 * origin only, no plugins, no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/**
	 * Vaadin's client files, which Vaadin serves with a cache time of its own. Spring
	 * Security's "Pragma: no-cache" beside it made Chromium ask for each of them again on
	 * every page.
	 */
	private static final RequestMatcher CLIENT_FILES = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/VAADIN/build/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/lumo/**"));

	/**
	 * The same security headers on every answer, pages and API alike; "no-store" on all
	 * but the client files.
	 */
	private static void securityHeaders(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.cacheControl(cache -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(CLIENT_FILES),
					new CacheControlHeadersWriter()))
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// Vaadin commits its pages past the filter's lazy writer, so write them first
			.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	/** bcrypt, behind a delegating encoder so that stronger ones can follow. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, ApiTokens tokens,
			ObjectProvider<SecurityContextHolderStrategy> logins) throws Exception {
		http.addFilterBefore(
				BearerTokens.filter(tokens, SecurityConfiguration::unauthorized,
						logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
				BasicAuthenticationFilter.class);
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(requests -> {
				if (settings.anonymousRead()) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().authenticated();
				}
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		securityHeaders(http);
		return http.build();
	}

	/**
	 * 401 with a problem detail, written directly: through the error page it would become
	 * a redirect to the login.
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Samverkanskartan\"");
		response.addHeader("WWW-Authenticate", "Basic realm=\"Samverkanskartan\", charset=\"UTF-8\"");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"Send an API token (Authorization: Bearer ...) or an account's user name and password "
					+ "(HTTP Basic)\"}");
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Accounts accounts,
			ObjectProvider<SecurityContextHolderStrategy> logins) throws Exception {
		http.addFilterAfter(
				new CurrentRightsFilter(accounts,
						logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
				SecurityContextHolderFilter.class);
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
		securityHeaders(http);
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
	}

}
