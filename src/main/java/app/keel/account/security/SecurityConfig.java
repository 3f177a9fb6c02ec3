package app.keel.account.security;

import app.keel.account.LoginStates;
import app.keel.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.HashMap;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginStates logins, OpenSessions sessions)
            throws Exception {
        // Printable program sheets (a plain controller, not a Vaadin route): any signed-in user may ask, the sheet
        // service decides who sees which program. Only this GET is opened; anonymous visitors go to sign-in.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/sheets/programs/*").authenticated()
                // Data exports (privacy module): the same arrangement, the export service decides whose data.
                .requestMatchers(HttpMethod.GET, "/export/me.json", "/export/me.zip", "/export/clients/*",
                        "/export/studio.zip").authenticated());
        // Spring Security's default "change session id" protects against session fixation at sign-in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        // Set on the filter itself, after Vaadin's configurer has installed its handler (which answers a bare 403).
        http.exceptionHandling(handling -> handling.withObjectPostProcessor(
                new ObjectPostProcessor<ExceptionTranslationFilter>() {
                    @Override
                    public <O extends ExceptionTranslationFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new NotFoundAccessDeniedHandler());
                        return filter;
                    }
                }));
        http.addFilterAfter(new ForbiddenRouteFilter(), AuthorizationFilter.class);
        // Before anything reads the signed-in person: a stale or ended session is signed out first.
        http.addFilterAfter(new SignedInAccountFilter(logins, sessions), SecurityContextHolderFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // No address ever goes to another site. Not "no-referrer": with it, Vaadin no longer opens the page a
                // person asked for before signing in (LogbookJourneyIT fails); same-origin keeps that working.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Sent only on https requests (behind the proxy: X-Forwarded-Proto), so in practice in prod.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** The signed-in sessions of this node, so a switched-off login or a new password ends them at once. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container drops a session (sign-out, time-out). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Vaadin Flow needs inline scripts and styles and {@code eval} (it runs the server's JavaScript calls through
     * {@code new Function}), so script-src cannot be strict; the rest is locked to the app's own origin: no framing
     * (clickjacking), no plugins, no foreign base URL or form target. Media links of exercises open as links, not
     * embedded, so img-src needs no other origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";
    /** Keel uses none of these browser features; a script injected somehow could not either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * PBKDF2 rather than BCrypt: BCrypt silently ignores (Security 7: refuses) bytes past 72, and our
     * passwords may be 128 characters of any script. 600,000 iterations of HMAC-SHA-256 is OWASP's current guidance.
     * Delegating keeps older hashes readable; {@link PasswordHashUpgrade} rewrites them at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${keel.password.pbkdf2-iterations:600000}") int iterations) {
        return encoder(iterations);
    }

    /**
     * Hashes are tagged with their iteration count, so raising it later upgrades every hash as its owner signs in.
     * When the default count is raised, add the previous one to {@code READABLE_COUNTS} so its hashes stay readable.
     */
    static PasswordEncoder encoder(int iterations) {
        Map<String, PasswordEncoder> readable = new HashMap<>();
        readable.put(LEGACY_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        for (int count : READABLE_COUNTS) {
            readable.put(CURRENT_PREFIX + count, pbkdf2(count));
        }
        readable.put(CURRENT_PREFIX + iterations, pbkdf2(iterations));
        return new DelegatingPasswordEncoder(CURRENT_PREFIX + iterations, readable);
    }

    private static PasswordEncoder pbkdf2(int iterations) {
        return new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    private static final int[] READABLE_COUNTS = {600_000};

    static final String CURRENT_PREFIX = "pbkdf2-sha256@";
    /** Keel's first hashes: Spring's 5.8 defaults (310,000 iterations). */
    static final String LEGACY_ID = "pbkdf2@SpringSecurity_v5_8";
}
