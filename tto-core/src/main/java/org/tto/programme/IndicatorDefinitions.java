package org.tto.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.shared.NotFoundException;

/** The stored definitions: every version, and the one in force (the latest) per indicator. */
@Component
@Transactional(readOnly = true)
public class IndicatorDefinitions {

    private final IndicatorDefinitionRepository repository;

    public IndicatorDefinitions(IndicatorDefinitionRepository repository) {
        this.repository = repository;
    }

    /** The latest version of each indicator, in the programme's order, with every collection loaded. */
    public List<IndicatorDefinition> current() {
        Map<String, IndicatorDefinition> latest = new LinkedHashMap<>();
        for (IndicatorDefinition d : repository.findAllByOrderByOrdinalAscVersionAsc()) {
            latest.put(d.code(), d);
        }
        latest.values().forEach(d -> {
            d.expectedResults().size();
            d.programmes().size();
            d.disaggregations().size();
            d.measures().size();
        });
        return latest.values().stream().sorted(Comparator.comparingInt(IndicatorDefinition::ordinal)).toList();
    }

    public IndicatorDefinition current(String code) {
        return current().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /** The entered measures the programme expects every year, as the reporting-rate indicator checks them. */
    public static List<IndicatorRules.Required> required(List<IndicatorDefinition> current) {
        return current.stream().filter(d -> d.method() == IndicatorDefinition.Method.ENTERED)
                .flatMap(d -> d.measures().stream().map(m -> new IndicatorRules.Required(d.code(), m.code(),
                        d.perInstitution())))
                .toList();
    }
}
