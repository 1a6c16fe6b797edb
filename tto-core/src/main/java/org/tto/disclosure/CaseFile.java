package org.tto.disclosure;

import java.util.List;
import java.util.Optional;
import org.tto.docketing.NoveltyRisk;

/** Everything kept with a case, as one read. */
public record CaseFile(InventionDisclosure disclosure, List<Assessment> assessments,
        Optional<ProtectionDecision> decision, List<Filing> filings, List<Deadline> deadlines,
        List<CaseHistoryEntry> history, List<NoveltyRisk> noveltyRisks) {}
