package org.tto.report;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tto.disclosure.Filing;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseAgreementRepository;
import org.tto.licensing.LicensingPath;
import org.tto.licensing.Prospect;
import org.tto.report.AutmFacts.AgreementFact;
import org.tto.report.AutmFacts.CostFact;
import org.tto.report.AutmFacts.DisclosureFact;
import org.tto.report.AutmFacts.FilingFact;
import org.tto.report.AutmFacts.ReceiptFact;
import org.tto.report.AutmFacts.ResearchFact;
import org.tto.report.AutmFacts.StartupFact;
import org.tto.revenue.CaseCost;
import org.tto.revenue.Receipt;
import org.tto.startup.StartupRepository;

/** Reads the rows of one institution the AUTM rules need (read-only queries; no feature's state is changed). */
@Component
class AutmFactsReader {

    private final EntityManager entities;
    private final LicenseAgreementRepository agreements;
    private final StartupRepository startups;
    private final ResearchExpenditureRepository research;

    AutmFactsReader(EntityManager entities, LicenseAgreementRepository agreements, StartupRepository startups,
            ResearchExpenditureRepository research) {
        this.entities = entities;
        this.agreements = agreements;
        this.startups = startups;
        this.research = research;
    }

    AutmFacts read(long institutionId, FiscalYear year) {
        return new AutmFacts(disclosures(institutionId, year), filings(institutionId), agreements(institutionId),
                receipts(institutionId, year), costs(institutionId, year), startups(institutionId),
                research.findByInstitutionIdAndFiscalYear(institutionId, year.year())
                        .map(r -> new ResearchFact(r.id(), r.currency().getCurrencyCode(), r.amount(), r.source(),
                                r.enteredBy()))
                        .orElse(null));
    }

    /** Disclosures submitted in the year; the domain's clock is UTC, so is the day of submission. */
    private List<DisclosureFact> disclosures(long institutionId, FiscalYear year) {
        Instant from = year.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = year.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return entities.createQuery("""
                        select d.id, d.reference, d.submittedAt from InventionDisclosure d
                        where d.institution.id = :institution and d.submittedAt >= :from and d.submittedAt < :to
                        """, Object[].class)
                .setParameter("institution", institutionId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new DisclosureFact((Long) row[0], (String) row[1],
                        LocalDate.ofInstant((Instant) row[2], ZoneOffset.UTC)))
                .toList();
    }

    /** Every filing of the institution's cases: telling a first filing needs the earlier ones too. */
    private List<FilingFact> filings(long institutionId) {
        return entities.createQuery("""
                        select f, d.reference from Filing f, InventionDisclosure d
                        where f.disclosureId = d.id and d.institution.id = :institution
                        """, Object[].class)
                .setParameter("institution", institutionId).getResultList().stream()
                .map(row -> {
                    Filing f = (Filing) row[0];
                    return new FilingFact(f.id(), f.disclosureId(), (String) row[1], f.office(), f.kind(),
                            f.applicationNumber(), f.filingDate(), Set.copyOf(f.priorityClaims()), f.status());
                })
                .toList();
    }

    private List<AgreementFact> agreements(long institutionId) {
        List<AgreementFact> facts = new ArrayList<>(agreements.findByInstitutionIdOrderByIdAsc(institutionId).stream()
                .map(AutmFactsReader::agreement).toList());
        facts.addAll(pathOptions(institutionId));
        return facts;
    }

    /** Options granted on licensing paths (whatever became of the path): each is an option executed on its date. */
    private List<AgreementFact> pathOptions(long institutionId) {
        return entities.createQuery("""
                        select p, pr from LicensingPath p, Prospect pr
                        where p.prospectId = pr.id and p.institutionId = :institution
                          and p.option.grantedOn is not null
                        """, Object[].class)
                .setParameter("institution", institutionId).getResultList().stream()
                .map(row -> {
                    LicensingPath p = (LicensingPath) row[0];
                    Prospect prospect = (Prospect) row[1];
                    return new AgreementFact(p.id(), p.disclosureId(), prospect.company() + " (option on licensing "
                            + "path " + p.id() + ")", AgreementType.OPTION, prospect.size(), AgreementStatus.EXECUTED,
                            p.option().grantedOn(), p.option().grantedOn(), p.option().expiresOn(),
                            AgreementFact.PATH_OPTION);
                })
                .toList();
    }

    private static AgreementFact agreement(LicenseAgreement a) {
        return new AgreementFact(a.id(), a.disclosureId(), a.licensee(), a.type(), a.licenseeSize(), a.status(),
                a.executedOn(), a.startDate(), a.endDate());
    }

    private List<ReceiptFact> receipts(long institutionId, FiscalYear year) {
        return entities.createQuery("""
                        select r, d.reference from Receipt r, InventionDisclosure d
                        where r.disclosureId = d.id and r.institutionId = :institution
                          and r.receivedOn >= :from and r.receivedOn <= :to
                        """, Object[].class)
                .setParameter("institution", institutionId).setParameter("from", year.start())
                .setParameter("to", year.end()).getResultList().stream()
                .map(row -> {
                    Receipt r = (Receipt) row[0];
                    return new ReceiptFact(r.id(), r.disclosureId(), (String) row[1], r.agreementId(), r.category(),
                            r.currency().getCurrencyCode(), r.amount(), r.receivedOn());
                })
                .toList();
    }

    private List<CostFact> costs(long institutionId, FiscalYear year) {
        return entities.createQuery("""
                        select c, d.reference from CaseCost c, InventionDisclosure d
                        where c.disclosureId = d.id and d.institution.id = :institution
                          and c.incurredOn >= :from and c.incurredOn <= :to
                        """, Object[].class)
                .setParameter("institution", institutionId).setParameter("from", year.start())
                .setParameter("to", year.end()).getResultList().stream()
                .map(row -> {
                    CaseCost c = (CaseCost) row[0];
                    return new CostFact(c.id(), c.disclosureId(), (String) row[1], c.kind(), c.description(),
                            c.currency().getCurrencyCode(), c.amount(), c.incurredOn());
                })
                .toList();
    }

    private List<StartupFact> startups(long institutionId) {
        return startups.findByInstitutionIdOrderByIdAsc(institutionId).stream()
                .map(s -> new StartupFact(s.id(), s.disclosureId(), s.name(), s.incorporatedOn(), s.agreementId()))
                .toList();
    }
}
