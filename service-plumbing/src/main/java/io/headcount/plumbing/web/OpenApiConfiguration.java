package io.headcount.plumbing.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import io.headcount.plumbing.identity.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The OpenAPI document of a service: bearer JWT on every operation, problem+json on every error. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final Map<String, String> COMMON_ERRORS = Map.of(
            "400", "Invalid request: problem+json naming the field",
            "401", "No or invalid bearer token",
            "403", "The caller's role does not allow this",
            "500", "Unexpected error (nothing was half-written)");

    static {
        // the verified caller is resolved from the token, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI headcountOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Headcount " + service).version("v1")
                        .description("Reached through the gateway. Errors are RFC 9457 problem+json.")
                        .license(new License().name("Apache 2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                )
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                // relative: "try it out" goes to whichever origin served the document (the gateway, normally)
                .servers(List.of(new Server().url("/").description("this origin")));
    }

    /**
     * What annotations cannot say: {@code If-Match} is optional to Spring (so that its absence answers 428, not 400)
     * but required to a client; and Bean Validation patterns match the whole value while a JSON Schema
     * {@code pattern} matches anywhere in it, so each is anchored for clients to validate as the server does.
     */
    @Bean
    OpenApiCustomizer ifMatchRequiredAndPatternsAnchored() {
        return openApi -> {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() == null) {
                    return;
                }
                operation.getParameters().stream()
                        .filter(parameter -> "header".equals(parameter.getIn())
                                && "If-Match".equalsIgnoreCase(parameter.getName()))
                        .forEach(parameter -> {
                            parameter.setRequired(true);
                            parameter.setDescription("The ETag you read (or * for whatever version). Missing: 428; "
                                    + "no longer the current version: 412.");
                            if (operation.getResponses().get("412") == null) {
                                operation.getResponses().addApiResponse("412", problemResponse(
                                        "Stale If-Match: someone changed it since you read it"));
                            }
                            if (operation.getResponses().get("428") == null) {
                                operation.getResponses().addApiResponse("428", problemResponse("If-Match missing"));
                            }
                        });
                operation.getParameters().forEach(parameter -> anchorPatterns(parameter.getSchema(),
                        new java.util.IdentityHashMap<>()));
            }));
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                var seen = new java.util.IdentityHashMap<Schema<?>, Boolean>();
                openApi.getComponents().getSchemas().values().forEach(schema -> anchorPatterns(schema, seen));
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void anchorPatterns(Schema schema, java.util.IdentityHashMap<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> anchorPatterns(property, seen));
        }
        anchorPatterns(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            anchorPatterns(additional, seen);
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> anchorPatterns(part, seen));
            }
        }
    }

    /** {@link Allowed} on a handler: {@code x-roles} and "Roles: …" at the end of the operation's description. */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer rolesFromAllowed() {
        return (operation, handler) -> {
            Allowed allowed = handler.getMethodAnnotation(Allowed.class);
            if (allowed != null) {
                List<String> roles = java.util.Arrays.stream(allowed.value()).map(Enum::name).toList();
                operation.addExtension("x-roles", roles);
                String description = operation.getDescription() == null ? "" : operation.getDescription().trim();
                operation.setDescription((description.isEmpty() ? "" : description + " ") + "Roles: "
                        + String.join(", ", roles) + ".");
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemResponsesOnEveryOperation() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths().forEach((url, path) -> path.readOperations().forEach(operation -> {
                if (url.contains("{") && operation.getResponses().get("404") == null) {
                    operation.getResponses().addApiResponse("404", problemResponse(
                            "No such record in the caller's teams"));
                }
                COMMON_ERRORS.forEach((status, description) -> {
                    if (operation.getResponses().get(status) == null) {
                        operation.getResponses().addApiResponse(status, problemResponse(description));
                    }
                });
                // every error is problem+json, also those a controller documents by description only
                operation.getResponses().forEach((status, response) -> {
                    boolean error = status.startsWith("4") || status.startsWith("5");
                    if (error && (response.getContent() == null
                            || !response.getContent().containsKey("application/problem+json"))) {
                        response.setContent(problemResponse(response.getDescription()).getContent());
                    }
                });
            }));
        };
    }

    public static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("https://headcount.io/problems/invalid-request"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("field 'email': must be a well-formed email address"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().example("email"))
                        .addProperty("message", new StringSchema().example("must be a well-formed email address"))));
    }
}
