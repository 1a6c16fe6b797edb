package org.tto.api.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * An OpenID Connect provider for the page sign-in tests: Spring Authorization Server, started in the test's JVM on a
 * free port before the application (which discovers it from its issuer), with one client for the pages and users
 * whose ID tokens carry the claims an institution's provider would send ({@code tto_role}, {@code tto_institution}).
 */
public class TestOidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT = "tto-pages";
    /** Provider users: their password is "secret"; the claims of each are in {@link #CLAIMS}. */
    public static final Map<String, Map<String, String>> CLAIMS = Map.of(
            "amina", Map.of("preferred_username", "Amina.Wanjiru", "given_name", "Amina", "family_name", "Wanjiru",
                    "email", "amina.wanjiru@una.example.org", "tto_role", "OFFICER", "tto_institution", "UNA"),
            "stranger", Map.of("preferred_username", "stranger", "tto_role", "OFFICER",
                    "tto_institution", "NO-SUCH-INSTITUTION"));

    private static int port;
    private static AnnotationConfigServletWebServerApplicationContext provider;

    public static synchronized String issuer() {
        if (provider == null) {
            port = freePort();
            provider = new AnnotationConfigServletWebServerApplicationContext();
            provider.register(Provider.class);
            provider.refresh();
        }
        return "http://localhost:" + port;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = "spring.security.oauth2.client.";
        TestPropertyValues.of(
                prefix + "provider.tto.issuer-uri=" + issuer(),
                prefix + "provider.tto.user-name-attribute=preferred_username",
                prefix + "registration.tto.provider=tto",
                prefix + "registration.tto.client-name=Test identity provider",
                prefix + "registration.tto.client-id=" + CLIENT,
                prefix + "registration.tto.client-secret=secret",
                prefix + "registration.tto.authorization-grant-type=authorization_code",
                prefix + "registration.tto.scope=openid,profile,email",
                // a loopback redirect: the provider lets its port vary (RFC 8252), so the application's random
                // port need not be known here
                prefix + "registration.tto.redirect-uri={baseScheme}://127.0.0.1{basePort}/login/oauth2/code/"
                        + "{registrationId}")
                .applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's own context (a test configuration, so the application's component scan leaves it out). */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory web() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(port);
            // the provider's endpoints are filters: a servlet must take the request for them to run
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            // only the sign-in page: the endpoints' chain sends the browser here and takes the session back
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return http.securityMatcher(new OrRequestMatcher(paths.matcher("/login"), paths.matcher("/logout"),
                            paths.matcher("/error")))
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(CLAIMS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}secret").roles("USER").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT).clientSecret("{noop}secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/tto")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The institution's claims in the ID token, as an institution's provider maps them from its directory. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of())
                            .forEach((name, value) -> context.getClaims().claim(name, value));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's user-info endpoint, which reads its own access tokens. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
