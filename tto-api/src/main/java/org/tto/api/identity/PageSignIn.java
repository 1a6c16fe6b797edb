package org.tto.api.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.tto.api.shared.Languages;
import org.tto.identity.Directory;

/**
 * After a page sign-in: the pages speak the language kept in the user's profile (when they chose one), and a user
 * whose password an admin reset goes to choose a new one first.
 */
class PageSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Directory directory;
    private final LocaleResolver locales;

    PageSignIn(Directory directory, LocaleResolver locales) {
        this.directory = directory;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        var user = directory.user(authentication.getName());
        user.flatMap(u -> u.language()).flatMap(Languages::of)
                .ifPresent(language -> locales.setLocale(request, response, language.locale()));
        if (PasswordPage.mustChange(authentication)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PasswordPage.PATH);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
