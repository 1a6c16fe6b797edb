package org.tto.api.identity;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.tto.identity.Actor;
import org.tto.identity.Directory;

/** Lets a controller method take the signed-in {@link Actor} as a parameter, resolved from the directory. */
@Component
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final Directory directory;

    public ActorArgumentResolver(Directory directory) {
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new InsufficientAuthenticationException("not signed in");
        }
        return directory.user(authentication.getName())
                .map(Actor::of)
                .orElseThrow(() -> new InsufficientAuthenticationException("unknown or disabled user"));
    }
}
