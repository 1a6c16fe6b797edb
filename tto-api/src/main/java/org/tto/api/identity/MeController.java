package org.tto.api.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.institution.Institution;
import org.tto.shared.NotFoundException;

@RestController
@RequestMapping("/api/me")
@Tag(name = "Identity")
class MeController {

    private final Directory directory;

    MeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Who the caller is: role, scope and workflow groups")
    MeResponse me(Principal principal) {
        AppUser user = directory.user(principal.getName())
                .orElseThrow(() -> new NotFoundException("user", principal.getName()));
        return new MeResponse(user.username(), user.firstName(), user.lastName(), user.role().name(),
                user.role().scope().name(), user.institution().map(Institution::code).orElse(null),
                user.countryCode().orElse(null), directory.groupIdsOf(user));
    }

    record MeResponse(String username, String firstName, String lastName, String role, String scope,
            String institution, String country, List<String> groups) {}
}
