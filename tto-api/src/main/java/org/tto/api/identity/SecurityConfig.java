package org.tto.api.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.tto.api.audit.AuditPrincipalCapture;
import org.tto.identity.Directory;

/**
 * Who may reach what. Four chains:
 * <ul>
 *   <li>{@code /engine-rest/**}: Camunda's own REST API, for admins only (the application's API is the way to act on
 *       cases: it validates and scopes);</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, which sign users in themselves against the same directory
 *       (see {@code DirectoryIdentityProviderPlugin}) and refuse their APIs to anonymous callers;</li>
 *   <li>the API ({@code /api/**}, actuator, the OpenAPI document): stateless, authenticated (HTTP Basic with a
 *       local user, a personal API token, or an OpenID Connect bearer token when a provider is configured), except
 *       health probes and the OpenAPI document; {@code /api/**} by the role rules of {@link EndpointRules}, before
 *       any body is read;</li>
 *   <li>the pages (everything else, Swagger UI among them): form sign-in and a session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcClaims.class)
public class SecurityConfig {

    /** Swagger UI styles itself inline (no inline script); everything else comes from our origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final long HSTS_MAX_AGE = 31_536_000;

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            BearerTokenSignIn bearerTokens) throws Exception {
        acceptBearerTokens(http, entryPoint, bearerTokens);
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new AuditPrincipalCapture(), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::ourHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // The webapps authenticate against the engine's identity service (our directory) and carry their own CSRF
        // protection and their own Content-Security-Policy (they need inline scripts); Spring Security only adds its
        // other headers here.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            BearerTokenSignIn bearerTokens, EndpointRules endpointRules) throws Exception {
        acceptBearerTokens(http, entryPoint, bearerTokens);
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/error")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
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
                .headers(SecurityConfig::ourHeaders)
                .build();
    }

    /**
     * The pages (everything else, Swagger UI among them): form sign-in, a session kept in the database (Spring
     * Session JDBC, so it survives the node that made it) and ended after 30 idle minutes or by signing out, a new
     * session id at sign-in (session fixation), CSRF tokens on every state-changing request.
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, Directory directory, LocaleResolver locales, OidcClaims claims,
            ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        if (providers.getIfAvailable() != null) {
            // the institution's identity provider (OpenID Connect, authorization code) beside the local users
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(new PageOidcUsers(directory, claims)))
                    .successHandler(new PageSignIn(directory, locales))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        }
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/favicon.ico", "/webjars/**", "/css/**", "/js/**").permitAll()
                        // each page to the roles whose work it is (the services scope what it shows); a task's
                        // form to the role whose task it is, before the form is read
                        .requestMatchers(HttpMethod.POST, "/cases/*/tasks/*/protection-decision").hasRole("DIRECTOR")
                        .requestMatchers(HttpMethod.POST, "/disclosures/*/tasks/*/answer").hasRole("INVENTOR")
                        .requestMatchers("/disclosures", "/disclosures/**").hasAnyRole("INVENTOR", "OFFICER",
                                "DIRECTOR")
                        .requestMatchers("/cases", "/cases/**", "/deadlines", "/deadlines/**")
                        .hasAnyRole("OFFICER", "DIRECTOR")
                        .requestMatchers("/decisions", "/decisions/**").hasRole("DIRECTOR")
                        .requestMatchers("/programme", "/programme/**").hasAnyRole("OFFICER", "DIRECTOR",
                                "COORDINATOR", "REVIEWER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/periods/*/*/submission").hasAnyRole("COORDINATOR",
                                "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/periods/**").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/periods", "/periods/**").hasAnyRole("COORDINATOR", "REVIEWER", "ADMIN")
                        .requestMatchers("/training", "/training/**").hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.POST, "/checkpoints/*/verdict").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/checkpoints").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/checkpoints/**").hasAnyRole("OFFICER", "DIRECTOR", "COORDINATOR",
                                "REVIEWER", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new PageSignIn(directory, locales))
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
                        .clearAuthentication(true).deleteCookies("SESSION"))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new AuditPrincipalCapture(), AuthorizationFilter.class)
                .headers(SecurityConfig::ourHeaders)
                .build();
    }

    /**
     * Our pages and answers: scripts only from our own origin (no inline script), never framed, no MIME sniffing
     * (Spring Security's default), the referrer kept to our own origin, HSTS when served over TLS (a request is secure
     * directly or, behind a proxy, through X-Forwarded-Proto).
     */
    static void ourHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true));
    }

    /** The coarse role rules of {@code /api/**}, decided before any body is read. */
    @Bean
    EndpointRules endpointRules() {
        return new EndpointRules();
    }

    /** Bearer tokens: personal API tokens always, an OpenID Connect provider's when one is configured. */
    private static void acceptBearerTokens(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            BearerTokenSignIn bearerTokens) throws Exception {
        http.oauth2ResourceServer(oauth -> oauth
                .authenticationManagerResolver(bearerTokens)
                .authenticationEntryPoint(entryPoint));
    }

    /**
     * Camunda's REST API and webapps are not Spring MVC servlets, so their chains match on the raw request path.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
