package org.tto.api.disclosure;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tto.workflow.disclosure.CaseTasks.ProcessPosition;

/**
 * The picture of a case's process (bpmn/invention-disclosure.bpmn as the modeller drew it) with where the case
 * stands, labelled in the page's language: a user task by its task label, any other element by {@code bpmn.<id>},
 * else the model's English name.
 */
@Component
class CaseDiagram {

    private static final ProcessDiagram MODEL = ProcessDiagram.of("bpmn/invention-disclosure.bpmn");

    private final MessageSource messages;

    CaseDiagram(MessageSource messages) {
        this.messages = messages;
    }

    String svg(ProcessPosition position) {
        Locale locale = LocaleContextHolder.getLocale();
        String current = MODEL.shapes().stream().filter(s -> position.active().contains(s.id()))
                .map(s -> label(s, locale)).collect(Collectors.joining(", "));
        String description = current.isEmpty() ? messages.getMessage("case.process.ended", null, locale)
                : messages.getMessage("case.process.now", new Object[] {current}, locale);
        return MODEL.svg(position.passed(), position.active(), shape -> label(shape, locale),
                messages.getMessage("case.process", null, locale), description);
    }

    private String label(ProcessDiagram.Shape shape, Locale locale) {
        String task = messages.getMessage("task." + shape.id(), null, null, locale);
        if (task != null) {
            return task;
        }
        return messages.getMessage("bpmn." + shape.id(), null, shape.name(), locale);
    }
}
