package org.tto.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.DisclosureStatus;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseAgreementRepository;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.startup.StartupCommands.ChangeStatus;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCommands.Survival;

/**
 * Start-ups formed on a case: the officers record founders, incorporation and status; the director reviews the
 * conflict of interest when an inventor is a founder. Each step goes into the case's history.
 */
@Service
@Transactional
public class StartupService {

    private final DisclosureService cases;
    private final StartupRepository startups;
    private final LicenseAgreementRepository agreements;
    private final Clock clock;

    public StartupService(DisclosureService cases, StartupRepository startups, LicenseAgreementRepository agreements,
            Clock clock) {
        this.cases = cases;
        this.startups = startups;
        this.agreements = agreements;
        this.clock = clock;
    }

    public StartupCompany form(Actor actor, long disclosureId, FormStartup command) {
        InventionDisclosure disclosure = staffCase(actor, disclosureId, "form start-ups");
        if (disclosure.status() != DisclosureStatus.READY_FOR_COMMERCIALISATION) {
            throw new RuleViolationException("case.ready-for-commercialisation", "The case is "
                    + disclosure.status() + "; a start-up is formed once it is ready for commercialisation.");
        }
        StartupCompany startup = startups.save(new StartupCompany(disclosureId, disclosure.institution().id(),
                command.name(), command.businessPlanSummary(), command.founders() == null ? List.of()
                        : command.founders().stream().map(f -> new Founder(f.name(), f.inventor(), f.username()))
                                .toList(), actor.username(), clock.instant()));
        cases.recordEvent(disclosureId, actor.username(), "STARTUP_FORMING", startup.name() + " (start-up "
                + startup.id() + ")" + (startup.needsConflictReview() ? "; an inventor founds it: conflict of "
                        + "interest review needed" : ""));
        return startup;
    }

    @Transactional(readOnly = true)
    public StartupCompany get(Actor actor, long id) {
        StartupCompany startup = find(id);
        staffCase(actor, startup.disclosureId(), "read start-ups");
        return startup;
    }

    @Transactional(readOnly = true)
    public List<StartupCompany> ofInstitution(Actor actor) {
        requireStaff(actor);
        return startups.findByInstitutionIdOrderByIdAsc(actor.institutionId());
    }

    public StartupCompany clearConflict(Actor actor, long id, String note) {
        StartupCompany startup = find(id);
        cases.get(actor, startup.disclosureId());
        if (!actor.is(Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's director may clear a conflict of interest.");
        }
        startup.clearConflict(actor.username());
        cases.recordEvent(startup.disclosureId(), actor.username(), "STARTUP_COI_CLEARED", startup.name()
                + (note == null ? "" : ": " + note));
        return startup;
    }

    public StartupCompany incorporate(Actor actor, long id, Incorporate command) {
        StartupCompany startup = find(id);
        staffCase(actor, startup.disclosureId(), "record incorporation");
        if (command.agreementId() != null) {
            LicenseAgreement agreement = agreements.findById(command.agreementId())
                    .filter(a -> a.disclosureId().equals(startup.disclosureId()))
                    .orElseThrow(() -> new NotFoundException("agreement", command.agreementId()));
            if (!agreement.licensee().equalsIgnoreCase(startup.name())) {
                throw new RuleViolationException("startup.agreement", "Agreement " + agreement.id() + " licenses "
                        + agreement.licensee() + ", not " + startup.name() + ".");
            }
        }
        startup.incorporate(command.incorporatedOn(), command.registryId(), command.equityShares(),
                command.equityPercent(), command.agreementId(), actor.username());
        cases.recordEvent(startup.disclosureId(), actor.username(), "STARTUP_INCORPORATED", startup.name()
                + " incorporated " + command.incorporatedOn() + " (" + command.registryId() + "); institution's "
                + "equity " + command.equityShares() + " shares, " + command.equityPercent().toPlainString() + " %"
                + (command.agreementId() == null ? "" : "; agreement " + command.agreementId()));
        cases.recordEvent(startup.disclosureId(), "system", "STARTUP_PATH_ENDED", startup.name() + " is ACTIVE");
        return startup;
    }

    public StartupCompany changeStatus(Actor actor, long id, ChangeStatus command) {
        StartupCompany startup = find(id);
        staffCase(actor, startup.disclosureId(), "record a start-up's status");
        startup.changeStatus(command.status(), command.effectiveOn(), command.note(), actor.username());
        cases.recordEvent(startup.disclosureId(), actor.username(), "STARTUP_" + command.status(), startup.name()
                + " on " + command.effectiveOn() + (command.note() == null ? "" : ": " + command.note()));
        return startup;
    }

    /** Survival at 3 and 5 years of the institution's incorporated start-ups (acquired counts as surviving). */
    @Transactional(readOnly = true)
    public Survival survival(Actor actor) {
        requireStaff(actor);
        LocalDate today = LocalDate.now(clock);
        List<StartupCompany> formed = startups.findByInstitutionIdOrderByIdAsc(actor.institutionId()).stream()
                .filter(s -> s.incorporatedOn() != null).toList();
        int known3 = 0;
        int alive3 = 0;
        int known5 = 0;
        int alive5 = 0;
        for (StartupCompany s : formed) {
            Boolean at3 = s.aliveAfter(3, today);
            Boolean at5 = s.aliveAfter(5, today);
            known3 += at3 == null ? 0 : 1;
            alive3 += Boolean.TRUE.equals(at3) ? 1 : 0;
            known5 += at5 == null ? 0 : 1;
            alive5 += Boolean.TRUE.equals(at5) ? 1 : 0;
        }
        return new Survival(formed.size(), known3, alive3, known5, alive5);
    }

    private StartupCompany find(long id) {
        return startups.findById(id).orElseThrow(() -> new NotFoundException("start-up", id));
    }

    private InventionDisclosure staffCase(Actor actor, long disclosureId, String action) {
        InventionDisclosure disclosure = cases.get(actor, disclosureId);
        requireStaff(actor);
        return disclosure;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.is(Role.OFFICER, Role.DIRECTOR)) {
            throw new ForbiddenException("Start-ups are followed by the TTO's officers and director.");
        }
    }
}
