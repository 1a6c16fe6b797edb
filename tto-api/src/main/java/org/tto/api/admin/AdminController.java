package org.tto.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.DirectoryAdmin;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.Institution;
import org.tto.institution.Region;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Countries, institutions and users (admins only)")
class AdminController {

    private final DirectoryAdmin admin;

    AdminController(DirectoryAdmin admin) {
        this.admin = admin;
    }

    record CountryView(String code, String name, Region region, boolean ldc, int programme) {
        static CountryView of(Country c) {
            return new CountryView(c.code(), c.name(), c.region(), c.ldc(), c.programme());
        }
    }

    record NewCountry(@NotBlank @Pattern(regexp = "[A-Z]{2}") String code, @NotBlank @Size(max = 100) String name,
            @NotNull Region region, @NotNull Boolean ldc, @Min(9) @Max(10) int programme) {}

    record InstitutionView(long id, String code, String name, String country, int fiscalYearStartMonth,
            int fiscalYearStartDay) {
        static InstitutionView of(Institution i) {
            return new InstitutionView(i.id(), i.code(), i.name(), i.countryCode(), i.fiscalYearStartMonth(),
                    i.fiscalYearStartDay());
        }
    }

    /** {@code fiscalYearStartDay} defaults to 1. */
    record NewInstitution(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}") String code,
            @NotBlank @Size(max = 200) String name, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
            @Min(1) @Max(12) int fiscalYearStartMonth, @Min(1) @Max(31) Integer fiscalYearStartDay) {}

    record FiscalYearStart(@NotNull @Min(1) @Max(12) Integer month, @NotNull @Min(1) @Max(31) Integer day) {}

    record UserView(String username, String firstName, String lastName, String email, Role role, String institution,
            String country, boolean enabled, boolean localPassword) {
        static UserView of(AppUser u) {
            return new UserView(u.username(), u.firstName(), u.lastName(), u.email(), u.role(),
                    u.institution().map(Institution::code).orElse(null), u.countryCode().orElse(null), u.enabled(),
                    u.passwordHash().isPresent());
        }
    }

    record NewUserRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String username,
            @Size(max = 200) String password, @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName, @Email @Size(max = 254) String email, @NotNull Role role,
            @Size(max = 16) String institution, @Size(max = 2) String country) {}

    record Enabled(@NotNull Boolean enabled) {}

    @GetMapping("/countries")
    @Operation(summary = "The countries, with their region and LDC status")
    List<CountryView> countries(Actor actor) {
        return admin.countries(actor).stream().map(CountryView::of).toList();
    }

    @PostMapping("/countries")
    @Operation(summary = "Add a country (ISO 3166 code, region, LDC status)")
    @ResponseStatus(HttpStatus.CREATED)
    CountryView addCountry(Actor actor, @Valid @RequestBody NewCountry body) {
        return CountryView.of(admin.addCountry(actor, body.code(), body.name(), body.region(), body.ldc(),
                body.programme()));
    }

    @GetMapping("/institutions")
    @Operation(summary = "The institutions, with their country")
    List<InstitutionView> institutions(Actor actor) {
        return admin.institutions(actor).stream().map(InstitutionView::of).toList();
    }

    @PostMapping("/institutions")
    @Operation(summary = "Add an institution in a country")
    @ResponseStatus(HttpStatus.CREATED)
    InstitutionView addInstitution(Actor actor, @Valid @RequestBody NewInstitution body) {
        return InstitutionView.of(admin.addInstitution(actor, body.code(), body.name(), body.country(),
                body.fiscalYearStartMonth(), body.fiscalYearStartDay() == null ? 1 : body.fiscalYearStartDay()));
    }

    @PutMapping("/institutions/{code}/fiscal-year-start")
    @Operation(summary = "Set the day the institution's fiscal year starts on (AUTM reports follow it)",
            description = "A day that exists every year (never 29 February). Fiscal year N is the twelve months "
                    + "whose last day falls in calendar year N.")
    InstitutionView setFiscalYearStart(Actor actor, @PathVariable String code,
            @Valid @RequestBody FiscalYearStart body) {
        return InstitutionView.of(admin.setFiscalYearStart(actor, code, body.month(), body.day()));
    }

    record SegregationOfDuties(@NotNull Boolean assessorMayDecide) {}

    @PutMapping("/institutions/{code}/segregation-of-duties")
    @Operation(summary = "Whether the officer who assessed a case may also take its protection decision (off by "
            + "default)")
    InstitutionView setSegregationOfDuties(Actor actor, @PathVariable String code,
            @Valid @RequestBody SegregationOfDuties body) {
        return InstitutionView.of(admin.setAssessorMayDecide(actor, code, body.assessorMayDecide()));
    }

    @GetMapping("/users")
    @Operation(summary = "The users, with their roles, institution or country, and whether they may sign in")
    List<UserView> users(Actor actor) {
        return admin.users(actor).stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a user; without a password the user signs in through the OpenID Connect provider only")
    UserView addUser(Actor actor, @Valid @RequestBody NewUserRequest body) {
        return UserView.of(admin.addUser(actor, new DirectoryAdmin.NewUser(body.username(), body.password(),
                body.firstName(), body.lastName(), body.email(), body.role(), body.institution(), body.country())));
    }

    @PutMapping("/users/{username}/enabled")
    @Operation(summary = "Enable or disable a user: a disabled user can no longer sign in")
    UserView setEnabled(Actor actor, @PathVariable String username, @Valid @RequestBody Enabled body) {
        return UserView.of(admin.setEnabled(actor, username, body.enabled()));
    }
}
