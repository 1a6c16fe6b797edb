package org.tto.api.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tto.api.audit.AuditPrincipalCapture;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;

/**
 * Who may reach what. Three chains:
 * <ul>
 *   <li>{@code /engine-rest/**}: Camunda's own REST API, for admins only (the application's API is the way to act on
 *       cases: it validates and scopes);</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, which sign users in themselves against the same directory
 *       (see {@code DirectoryIdentityProviderPlugin}) and refuse their APIs to anonymous callers;</li>
 *   <li>everything else: authenticated (HTTP Basic with a local user, or an OpenID Connect bearer token when a
 *       provider is configured), except health probes, the OpenAPI document and Swagger UI; {@code /api/**} by the
 *       role rules of {@link EndpointRules}, before any body is read.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcClaims.class)
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ObjectProvider<JwtDecoder> jwtDecoder, Directory directory, OidcClaims claims) throws Exception {
        acceptBearerTokens(http, entryPoint, jwtDecoder, directory, claims);
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new AuditPrincipalCapture(), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // The webapps authenticate against the engine's identity service (our directory) and carry their own CSRF
        // protection; Spring Security only adds its headers here.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ObjectProvider<JwtDecoder> jwtDecoder, Directory directory, OidcClaims claims, EndpointRules endpointRules)
            throws Exception {
        acceptBearerTokens(http, entryPoint, jwtDecoder, directory, claims);
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").access(endpointRules)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new AuditPrincipalCapture(), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .build();
    }

    /** The coarse role rules of {@code /api/**}, decided before any body is read. */
    @Bean
    EndpointRules endpointRules() {
        return new EndpointRules();
    }

    /** When an OpenID Connect provider is configured (spring.security.oauth2.resourceserver.jwt.*), bearer tokens too. */
    private static void acceptBearerTokens(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ObjectProvider<JwtDecoder> jwtDecoder, Directory directory, OidcClaims claims) throws Exception {
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtToUser(directory, claims)))
                    .authenticationEntryPoint(entryPoint));
        }
    }

    /**
     * Camunda's REST API and webapps are not Spring MVC servlets, so their chains match on the raw request path.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Local users from the directory; their role becomes the single authority {@code ROLE_<ROLE>}. */
    @Bean
    UserDetailsService userDetailsService(Directory directory) {
        return username -> {
            AppUser user = directory.user(username)
                    .filter(u -> u.passwordHash().isPresent())
                    .orElseThrow(() -> new UsernameNotFoundException("no such user"));
            return User.withUsername(user.username())
                    .password(user.passwordHash().orElseThrow())
                    .roles(user.role().name())
                    .build();
        };
    }
}
