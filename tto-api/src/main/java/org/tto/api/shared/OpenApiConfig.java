package org.tto.api.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tto.identity.Actor;

/**
 * The OpenAPI document: HTTP Basic (local users) and bearer tokens (OIDC); the acting user is never a parameter. Every
 * operation declares the problems it can answer ({@link #problemResponses()}), as {@link ProblemAdvice} writes them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String PROBLEM = "Problem";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI ttoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("TTO case and licensing management API").version("v1")
                        .description("Disclosures, workflow tasks, deadlines, implementation plans and reviews. "
                                + "Errors are RFC 9457 problems (application/problem+json).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * The problems each operation can answer, declared where its controller has not said more: 401 and 403 everywhere
     * (nothing under /api is public), 503 while the database is away, 400 where the caller sends a body or
     * parameters, 404 where the path names a record, 409 where the operation changes something (a rule, a stale
     * version, a task someone else completed).
     */
    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Map<String, String> owed = new LinkedHashMap<>();
                boolean sends = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (sends) {
                    owed.put("400", "The request is malformed or a field is invalid (each field's error in `errors`)");
                }
                owed.put("401", "Not signed in, or the credentials are wrong");
                owed.put("403", "The caller's role or scope does not allow this");
                if (path.contains("{")) {
                    owed.put("404", "No such record within the caller's scope");
                }
                if (method != PathItem.HttpMethod.GET) {
                    owed.put("409", "A business rule refuses it, or the record changed since the caller read it");
                }
                owed.put("503", "The database is unavailable; retry after the `Retry-After` header's seconds");
                declare(operation, owed);
            }));
        };
    }

    private static void declare(Operation operation, Map<String, String> owed) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        owed.forEach((status, description) -> {
            ApiResponse response = responses.get(status);
            if (response == null) {
                response = new ApiResponse().description(description);
                responses.addApiResponse(status, response);
            }
            // one media type for every problem, whatever a handler's signature let springdoc guess
            response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        });
        operation.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem; `type` never changes with the caller's language")
                .addProperty("type", new StringSchema().format("uri").description("What kind of problem"))
                .addProperty("title", new StringSchema().description("The kind of problem, in the caller's language"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("This occurrence, in the caller's language"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("detailInEnglish", new StringSchema()
                        .description("The English sentence naming the caller's data, where it was not translated"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))
                        .description("Each field at fault, with its message"))
                .addProperty("rules", new ArraySchema().items(new ObjectSchema())
                        .description("The business rules evaluated, with their outcome"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("On a 409 for a stale version: the record's version now"));
    }
}
