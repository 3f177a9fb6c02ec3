package app.keel.account.security;

import app.keel.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Printable program sheets (a plain controller, not a Vaadin route): any signed-in user may ask, the sheet
        // service decides who sees which program. Only this GET is opened; anonymous visitors go to sign-in.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/sheets/programs/*").authenticated());
        // Spring Security's default "change session id" protects against session fixation at sign-in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /**
     * PBKDF2 rather than BCrypt: BCrypt silently ignores (Security 7: refuses) bytes past 72, and our
     * passwords may be 128 characters of any script. Delegating keeps old hashes readable after a change.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(id, Map.of(id, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
