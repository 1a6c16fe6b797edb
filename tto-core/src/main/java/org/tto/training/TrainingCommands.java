package org.tto.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What callers send to record training events, who took part and what they answered. Institutions by code. */
public final class TrainingCommands {

    private TrainingCommands() {}

    /** What a training event is: the institutions it invited by code (they may come from other countries). */
    public record EventDetails(TrainingKind kind, String title, int programme, LocalDate startsOn, LocalDate endsOn,
            String trainers, List<String> institutions) {}

    /** How many of one sex came from one invited institution ({@code institution} null: from elsewhere). */
    public record Attendance(String institution, Sex sex, int participants) {}

    /** One participant's survey; {@code institution} null for a participant from elsewhere. */
    public record NewResponse(ResponseKind kind, String institution, Sex sex, Integer overall, Boolean applyingSkills,
            LocalDate receivedOn, Map<String, Integer> items) {}
}
