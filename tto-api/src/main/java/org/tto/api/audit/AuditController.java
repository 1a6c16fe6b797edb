package org.tto.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.shared.CsvFile;
import org.tto.audit.AuditEntry;
import org.tto.audit.AuditTrail;
import org.tto.identity.Actor;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The append-only log of every state-changing request (admins; directors: their institution)")
@Validated
class AuditController {

    private static final int EXPORT_LIMIT = 10_000;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record AuditView(long id, Instant occurredAt, String username, String role, String action, String entityType,
            String entityId, String summary, String requestId, String outcome, int httpStatus) {

        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.occurredAt(), e.username(), e.role(), e.action(), e.entityType(),
                    e.entityId(), e.summary(), e.requestId(), e.outcome().name(), e.httpStatus());
        }
    }

    @GetMapping
    @Operation(summary = "Search the audit log by entity, user and time (from inclusive, to exclusive)")
    PagedModel<AuditView> search(Actor actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return new PagedModel<>(trail.search(actor, new AuditTrail.Search(entityType, entityId, user, from, to, page,
                size)).map(AuditView::of));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The same search as CSV (at most 10,000 rows, newest first)")
    ResponseEntity<byte[]> export(Actor actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        var rows = trail.search(actor, new AuditTrail.Search(entityType, entityId, user, from, to, 0, EXPORT_LIMIT));
        byte[] csv = CsvFile.of(List.of("id", "occurred_at", "username", "role", "action", "entity_type", "entity_id",
                "outcome", "http_status", "request_id", "summary"), rows.stream().map(e -> Arrays.asList(
                        String.valueOf(e.id()), e.occurredAt().toString(), e.username(), e.role(), e.action(),
                        e.entityType(), e.entityId(), e.outcome().name(), String.valueOf(e.httpStatus()),
                        e.requestId(), e.summary())).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .body(csv);
    }
}
