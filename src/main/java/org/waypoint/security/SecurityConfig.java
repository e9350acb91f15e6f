package org.waypoint.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.waypoint.security.ui.LoginView;
import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin's strategy (the signed-in user from the Vaadin session, else the thread) as one instance per JVM: every
     * application context in the JVM then shares its thread-local, so work started in one context (a test, a runner)
     * and checked in another sees the same user.
     */
    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY);
        return STRATEGY;
    }

    /**
     * The REST API: a browser session (with CSRF) or HTTP Basic for integrations (without CSRF, since a Basic
     * request carries its own credentials and cannot be forged by another site). Answers 401/403 as problem
     * details instead of redirecting to the login page.
     */
    /** Vaadin Flow needs inline and eval'd scripts and inline styles (see its CSP documentation); nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder encoder,
                                                  LoginAttempts attempts) {
        return new ThrottledAuthenticationProvider(accounts, encoder, attempts);
    }

    /** What every response carries: no framing, no sniffing, no referrer beyond the origin, a strict CSP. */
    private static HttpSecurity hardened(HttpSecurity http, JdbcClient jdbc) throws Exception {
        return http
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterAfter(new ActiveAccountFilter(jdbc, STRATEGY), SecurityContextHolderFilter.class);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json, JdbcClient jdbc) throws Exception {
        var problems = new ProblemResponses(json);
        return hardened(http, jdbc).securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // An API call is not a page to return to after signing in.
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
                    String authorization = request.getHeader("Authorization");
                    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
                }))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, JdbcClient jdbc) throws Exception {
        return hardened(http, jdbc)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/styles.css", "/styles/**", "/images/**").permitAll())
                // Signing out wipes what the offline screens kept on the device (IndexedDB, caches, service worker).
                // (Spring's ClearSiteDataHeaderWriter writes it only over HTTPS; browsers also honour it on localhost.)
                .logout(logout -> logout.addLogoutHandler(new HeaderWriterLogoutHandler(
                        (request, response) -> response.setHeader("Clear-Site-Data", "\"cache\", \"storage\""))))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return new ProblemResponses(json);
    }

    /** bcrypt by default, and old hashes of other kinds keep working (Spring's delegating encoder). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
