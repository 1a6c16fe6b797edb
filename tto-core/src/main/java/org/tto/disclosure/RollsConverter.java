package org.tto.disclosure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tto.docketing.ComputedDeadline.Roll;

/** Stores a deadline's rolls as lines of {@code from|to|reason}, readable in the database too. */
@Converter
class RollsConverter implements AttributeConverter<List<Roll>, String> {

    @Override
    public String convertToDatabaseColumn(List<Roll> rolls) {
        return String.join("\n", rolls.stream()
                .map(roll -> roll.from() + "|" + roll.to() + "|" + roll.reason().replace('\n', ' '))
                .toList());
    }

    @Override
    public List<Roll> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n"))
                .map(line -> line.split("\\|", 3))
                .map(parts -> new Roll(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), parts[2]))
                .toList();
    }
}
