package org.tto.api.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.identity.Actor;
import org.tto.identity.Passwords;

@RestController
@Tag(name = "Identity")
class PasswordController {

    private final Passwords passwords;

    PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    record OwnPasswordChange(@NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(max = 200) String newPassword) {}

    record PasswordReset(@NotBlank @Size(max = 200) String newPassword) {}

    @PutMapping("/api/me/password")
    @Operation(summary = "Change your own password (at least 12 characters, not a common one)",
            description = "Required before anything else after an admin reset your password.")
    ResponseEntity<Void> changeOwn(Actor actor, @Valid @RequestBody OwnPasswordChange request) {
        passwords.changeOwn(actor, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/admin/users/{username}/password")
    @Operation(summary = "Reset a local user's password (admin); the user must change it at the next sign-in")
    ResponseEntity<Void> reset(Actor actor, @PathVariable String username,
            @Valid @RequestBody PasswordReset request) {
        passwords.reset(actor, username, request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
