package org.tto.api.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.WebPage;
import org.tto.identity.Actor;
import org.tto.identity.Passwords;
import org.tto.shared.InvalidInputException;

/**
 * Changing one's own password. After an admin reset it, the user may open no other page until they have (the API
 * says the same with a 403 problem). A changed password ends the session: the user signs in again with it.
 */
@WebPage
class PasswordPage {

    static final String PATH = "/profile/password";

    private final Passwords passwords;

    PasswordPage(Passwords passwords) {
        this.passwords = passwords;
    }

    /** The password form; nothing of it is ever shown back. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String repeated;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeated() {
            return repeated;
        }

        public void setRepeated(String repeated) {
            this.repeated = repeated;
        }
    }

    static boolean mustChange(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> EndpointRules.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("forced", mustChange(SecurityContextHolder.getContext().getAuthentication()));
        return "identity/password";
    }

    @PostMapping(PATH)
    String change(Actor actor, @ModelAttribute PasswordForm passwordForm, BindingResult form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (FormCheck.blank(passwordForm.getCurrentPassword())) {
            form.rejectValue("currentPassword", "form.required");
        }
        if (FormCheck.blank(passwordForm.getNewPassword())) {
            form.rejectValue("newPassword", "form.required");
        } else if (!passwordForm.getNewPassword().equals(passwordForm.getRepeated())) {
            form.rejectValue("repeated", "password.repeat");
        }
        if (!form.hasErrors()) {
            try {
                passwords.changeOwn(actor, passwordForm.getCurrentPassword(), passwordForm.getNewPassword());
                new SecurityContextLogoutHandler().logout(request, response,
                        SecurityContextHolder.getContext().getAuthentication());
                return "redirect:/login?changed";
            } catch (InvalidInputException e) {
                FormCheck.reject(form, e);
            }
        }
        passwordForm.setCurrentPassword(null);
        passwordForm.setNewPassword(null);
        passwordForm.setRepeated(null);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("forced", mustChange(SecurityContextHolder.getContext().getAuthentication()));
        return "identity/password";
    }

    /** Until the password is changed, every other page sends the user here. */
    @Configuration(proxyBeanMethods = false)
    static class ForcedChange implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                        throws IOException {
                    if (mustChange(SecurityContextHolder.getContext().getAuthentication())) {
                        response.sendRedirect(request.getContextPath() + PATH);
                        return false;
                    }
                    return true;
                }
            }).excludePathPatterns(PATH, "/login", "/logout", "/error", "/api/**", "/webjars/**", "/css/**",
                    "/js/**", "/engine-rest/**", "/camunda/**", "/actuator/**", "/v3/**", "/swagger-ui/**");
        }
    }
}
