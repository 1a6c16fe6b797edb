package org.tto.api.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.identity.Actor;
import org.tto.identity.ApiToken;
import org.tto.identity.ApiTokens;

@RestController
@Tag(name = "Identity")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) Integer validDays) {}

    /** A token as listed: never the token itself. */
    record TokenView(long id, String owner, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt, String revokedBy) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.owner().username(), t.name(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt().orElse(null), t.revokedAt().orElse(null), t.revokedBy().orElse(null));
        }
    }

    /** The token just made, with its secret: shown this once, never again. */
    record IssuedToken(long id, String name, Instant createdAt, Instant expiresAt, String token) {}

    @PostMapping("/api/me/tokens")
    @Operation(summary = "Make a personal API token (shown once; send it as 'Authorization: Bearer <token>')",
            description = "Valid for validDays days (1 to 365, default 90), in the caller's name and role, until "
                    + "it expires or its owner or an admin revokes it.")
    ResponseEntity<IssuedToken> issue(Actor actor, @Valid @RequestBody NewToken request) {
        ApiTokens.Issued issued = tokens.issue(actor, request.name(),
                request.validDays() == null ? 90 : request.validDays());
        ApiToken t = issued.token();
        return ResponseEntity.created(URI.create("/api/me/tokens/" + t.id()))
                .body(new IssuedToken(t.id(), t.name(), t.createdAt(), t.expiresAt(), issued.secret()));
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "The caller's tokens (without their secrets)")
    List<TokenView> mine(Actor actor) {
        return tokens.mine(actor).stream().map(TokenView::of).toList();
    }

    @PostMapping("/api/me/tokens/{id}/revocation")
    @Operation(summary = "Revoke one of the caller's tokens: it stops working at once")
    TokenView revokeMine(Actor actor, @PathVariable long id) {
        return TokenView.of(tokens.revoke(actor, id));
    }

    @GetMapping("/api/admin/users/{username}/tokens")
    @Operation(summary = "A user's tokens (admin)")
    List<TokenView> ofUser(Actor actor, @PathVariable String username) {
        return tokens.of(actor, username).stream().map(TokenView::of).toList();
    }

    @PostMapping("/api/admin/tokens/{id}/revocation")
    @Operation(summary = "Revoke any user's token (admin)")
    TokenView revoke(Actor actor, @PathVariable long id) {
        return TokenView.of(tokens.revoke(actor, id));
    }
}
