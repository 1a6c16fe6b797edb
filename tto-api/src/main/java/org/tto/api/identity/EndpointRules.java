package org.tto.api.identity;

import static org.tto.identity.Role.ADMIN;
import static org.tto.identity.Role.COORDINATOR;
import static org.tto.identity.Role.DIRECTOR;
import static org.tto.identity.Role.INVENTOR;
import static org.tto.identity.Role.OFFICER;
import static org.tto.identity.Role.REVIEWER;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tto.identity.Role;

/**
 * Which roles may call which endpoint family of {@code /api/**}: the coarse rule, decided in the security chain
 * before any body is read, so a caller whose role may not call an endpoint gets 403 whatever it sends (and learns
 * nothing of the body's shape). Scope (institution, country) and finer rules stay in the services.
 *
 * <p>The first rule that matches decides. A read that no rule names is open to every signed-in user (the services
 * scope it); a write that no rule names is refused to everybody, so a new write endpoint is closed until it has a
 * rule here.
 */
public final class EndpointRules implements AuthorizationManager<RequestAuthorizationContext> {

    /**
     * The authority of a user whose password an admin reset: until they choose a new one, they may only do that (and
     * ask who they are).
     */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    private static final RequestMatcher PASSWORD_CHANGE = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.PUT, "/api/me/password");
    private static final RequestMatcher WHO_AM_I = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/api/me");

    /** Any signed-in user. */
    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(OFFICER, DIRECTOR);
    /** Everyone but inventors: the programme's figures are not theirs to read. */
    private static final Set<Role> PROGRAMME_READERS = EnumSet.of(OFFICER, DIRECTOR, COORDINATOR, REVIEWER, ADMIN);

    /** The table. Read it top to bottom: the first match wins. */
    static final List<Rule> TABLE = List.of(
            // the caller's own account and tokens
            rule(null, "/api/me/**", SIGNED_IN),
            // administration and the audit log
            rule(null, "/api/admin/**", ADMIN),
            rule(HttpMethod.GET, "/api/audit/**", ADMIN, DIRECTOR),
            // disclosures: inventors and staff submit; staff act on a case
            rule(HttpMethod.POST, "/api/disclosures", INVENTOR, OFFICER, DIRECTOR),
            rule(HttpMethod.POST, "/api/disclosures/*/**", STAFF),
            rule(HttpMethod.PUT, "/api/disclosures/*/**", STAFF),
            // the inbox: anyone may claim and hand back their tasks; each typed completion to its role
            rule(HttpMethod.POST, "/api/tasks/*/claim", SIGNED_IN),
            rule(HttpMethod.POST, "/api/tasks/*/unclaim", SIGNED_IN),
            rule(HttpMethod.POST, "/api/tasks/*/answer", INVENTOR),
            rule(HttpMethod.POST, "/api/tasks/*/protection-decision", DIRECTOR),
            rule(HttpMethod.POST, "/api/tasks/*/conflict-clearance", DIRECTOR),
            rule(HttpMethod.POST, "/api/tasks/*/agreement-approval", DIRECTOR),
            rule(HttpMethod.POST, "/api/tasks/*/startup-plan-review", DIRECTOR),
            rule(HttpMethod.POST, "/api/tasks/*/startup-conflict-review", DIRECTOR),
            rule(HttpMethod.POST, "/api/tasks/*/*", STAFF),
            // commercialisation and income: the institution's staff
            rule(null, "/api/licensing-paths/**", STAFF),
            rule(null, "/api/prospects/**", STAFF),
            rule(null, "/api/agreements/**", STAFF),
            rule(null, "/api/obligations/**", STAFF),
            rule(null, "/api/startups/**", STAFF),
            rule(null, "/api/receipts/**", STAFF),
            rule(null, "/api/distributions/**", STAFF),
            rule(HttpMethod.GET, "/api/distribution-policies", STAFF),
            rule(HttpMethod.POST, "/api/distribution-policies", DIRECTOR, ADMIN),
            rule(HttpMethod.PUT, "/api/reports/research-expenditure/*", DIRECTOR),
            // implementation plans: coordinators (and admins) keep them, reviewers judge checkpoints
            rule(HttpMethod.POST, "/api/plans", COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/plans/**", COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/plans/**", COORDINATOR, ADMIN),
            rule(HttpMethod.GET, "/api/checkpoints/awaiting-verdict", REVIEWER, ADMIN),
            rule(HttpMethod.POST, "/api/checkpoints/*/submission", COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/checkpoints/*/verdict", REVIEWER, ADMIN),
            rule(HttpMethod.POST, "/api/checkpoints/*/conditions/*/met", COORDINATOR, ADMIN),
            // programme indicators: read by all but inventors; entered values by directors and coordinators,
            // targets by reviewers and coordinators, exchange rates by admins
            rule(HttpMethod.POST, "/api/programme/entries", DIRECTOR, COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/programme/targets", REVIEWER, COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/programme/exchange-rates/**", ADMIN),
            rule(null, "/api/programme/**", PROGRAMME_READERS),
            // reporting periods: the coordinator submits, a reviewer approves, returns or unlocks
            rule(HttpMethod.GET, "/api/reporting-periods/**", REVIEWER, ADMIN),
            rule(HttpMethod.POST, "/api/countries/*/reporting-periods/*/submission", COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/countries/*/reporting-periods/**", REVIEWER, ADMIN),
            rule(HttpMethod.GET, "/api/countries/*/reporting-periods/**", PROGRAMME_READERS),
            // training events and appropriate-technology projects: the country's coordinator (and admins) keep them
            rule(HttpMethod.POST, "/api/training-events", COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/training-events/**", COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/training-events/**", COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/countries/*/appropriate-technology-projects", COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/countries/*/appropriate-technology-projects/*", COORDINATOR, ADMIN),
            // the TTO's own records: its director and the country's coordinator (and admins); officers record the
            // patent-information services they deliver
            rule(HttpMethod.POST, "/api/institutions/*/patent-information-services", OFFICER, DIRECTOR, COORDINATOR,
                    ADMIN),
            rule(HttpMethod.PUT, "/api/institutions/*/patent-information-services/*", OFFICER, DIRECTOR,
                    COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/institutions/*/staff", DIRECTOR, COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/institutions/*/staff/*", DIRECTOR, COORDINATOR, ADMIN),
            rule(HttpMethod.POST, "/api/institutions/*/partnerships", DIRECTOR, COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/institutions/*/partnerships/*", DIRECTOR, COORDINATOR, ADMIN),
            rule(HttpMethod.PUT, "/api/institutions/*/operating-budgets/*", DIRECTOR, COORDINATOR, ADMIN));

    /** One rule: a method ({@code null}: any) and a path pattern, and the roles that may call them. */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }

        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + pattern + " -> "
                    + roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        }
    }

    private record Compiled(Rule rule, RequestMatcher matcher) {}

    private volatile List<Compiled> rules;

    EndpointRules() {
        use(TABLE);
    }

    /** The rules in force. */
    List<Rule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    /** Puts another table in force (for the test that shows the authorization matrix fails without a rule). */
    void use(List<Rule> table) {
        this.rules = table.stream().map(rule -> new Compiled(rule, rule.matcher())).toList();
    }

    /** The rule that decides this request, or {@code null} when none names it. */
    Rule ruleFor(HttpServletRequest request) {
        for (Compiled compiled : rules) {
            if (compiled.matcher().matches(request)) {
                return compiled.rule();
            }
        }
        return null;
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(PASSWORD_CHANGE_REQUIRED)) {
            return new AuthorizationDecision(PASSWORD_CHANGE.matches(request) || WHO_AM_I.matches(request));
        }
        Rule rule = ruleFor(request);
        if (rule == null) {
            return new AuthorizationDecision(isRead(request.getMethod()));
        }
        return new AuthorizationDecision(rule.roles().stream().anyMatch(r -> authorities.contains("ROLE_" + r)));
    }

    /** @deprecated use {@link #authorize}; kept for the interface. */
    @Deprecated
    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return (AuthorizationDecision) authorize(authentication, context);
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, Set.copyOf(Arrays.asList(roles)));
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, Set.copyOf(roles));
    }
}
