package org.tto.api.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;

/**
 * A page sign-in through the institution's identity provider (OpenID Connect, authorization code): the ID token's
 * claims (and the user-info endpoint's, when the provider has one) name the user, who is provisioned in the directory
 * as a bearer token's user is, and signed in with the one authority {@code ROLE_<ROLE>} under the directory's user
 * name. Claims that do not make a valid user refuse the sign-in.
 */
class PageOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final Directory directory;
    private final OidcClaims claims;

    PageOidcUsers(Directory directory, OidcClaims claims) {
        this.directory = directory;
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        try {
            AppUser user = ClaimsToUser.provision(directory, claims, name -> {
                Object value = vouched.getClaims().get(name);
                return value == null ? null : value.toString();
            });
            return new SignedIn(vouched, user.username(),
                    List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user", e.getMessage(), null),
                    e.getMessage());
        }
    }

    /** The provider's user under the directory's user name and role (kept in the session, so serializable). */
    static final class SignedIn extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        SignedIn(OidcUser vouched, String username, Collection<? extends GrantedAuthority> authorities) {
            super(authorities, vouched.getIdToken(), vouched.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedIn that && super.equals(that) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
