package io.headcount.local;

import io.headcount.testsupport.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five OpenAPI documents as clients get them from the gateway, read by the tools clients use: Redocly CLI's
 * recommended ruleset (which also validates every example against its schema) with no error and no warning, and
 * every pattern compiled as an ECMA-262 regular expression. Then what no linter knows: an operation that answers
 * 428 without {@code If-Match} says the header is required.
 */
class OpenApiContractIT {

    private static final Path LINT = Path.of("..", "tools", "openapi-lint").toAbsolutePath().normalize();
    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatformAndLinter() throws Exception {
        platform = TestPlatform.get();
        if (!Files.isExecutable(LINT.resolve("node_modules/.bin/redocly"))) {
            // the pinned version of package-lock.json, from the npm registry (CI installs node and npm from Debian)
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
            assertThat(install.exit()).as("npm ci in " + LINT + " (needs Debian's nodejs and npm): "
                    + install.output() + install.errors()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"candidate-service", "interview-service", "offer-service", "webhook-service",
            "insights-service"})
    void redocly_recommended_finds_no_error_and_no_warning(String service) throws Exception {
        Path document = served(service);

        Result lint = run(List.of("node_modules/.bin/redocly", "lint", "--format=json", "--config", "redocly.yaml",
                document.toString()), 120);

        assertThat(lint.output()).as(lint.errors()).startsWith("{");
        JsonNode report = Api.JSON.readTree(lint.output());
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(problem -> problems.add(problem.get("severity").asString() + " "
                + problem.get("ruleId").asString() + ": " + problem.get("message").asString() + " at "
                + problem.get("location").get(0).get("pointer").asString()));
        assertThat(problems).as(service).isEmpty();
        assertThat(lint.exit()).as(lint.errors()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"candidate-service", "interview-service", "offer-service", "webhook-service",
            "insights-service"})
    void every_pattern_is_an_ecma_262_regular_expression(String service) throws Exception {
        Result check = run(List.of("node", "patterns.mjs", served(service).toString()), 60);

        assertThat(check.output()).as(service).isEmpty();
        assertThat(check.exit()).as(check.errors()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"candidate-service", "interview-service", "offer-service", "webhook-service",
            "insights-service"})
    void an_operation_that_needs_if_match_says_so(String service) {
        JsonNode paths = Api.at(platform.gatewayUrl()).get("/openapi/" + service).json().get("paths");
        List<String> needingIfMatch = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode ifMatch = operation.getValue().path("parameters").valueStream()
                    .filter(p -> p.get("name").asString().equalsIgnoreCase("If-Match")).findFirst().orElse(null);
            boolean answers428 = operation.getValue().get("responses").has("428");
            if (ifMatch != null || answers428) {
                needingIfMatch.add(name);
                assertThat(ifMatch).as(name + " answers 428 without If-Match: document the header").isNotNull();
                assertThat(ifMatch.get("required").asBoolean()).as(name + " If-Match required").isTrue();
                assertThat(operation.getValue().get("responses").has("428")).as(name + " documents 428").isTrue();
                assertThat(operation.getValue().get("responses").has("412")).as(name + " documents 412").isTrue();
            }
        }));
        assertThat(needingIfMatch).as(service + "'s conditional writes").hasSize(switch (service) {
                    case "candidate-service" -> 3;
                    case "interview-service" -> 4;
                    case "offer-service" -> 4;
                    case "webhook-service" -> 2;
                    default -> 0;
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"candidate-service", "interview-service", "offer-service", "webhook-service",
            "insights-service"})
    void every_operation_names_the_roles_it_is_open_to(String service) {
        JsonNode paths = Api.at(platform.gatewayUrl()).get("/openapi/" + service).json().get("paths");
        List<String> without = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().path("x-roles").isEmpty()) {
                without.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(without).as(service + ": operations without @Allowed").isEmpty();
    }

    private static Path served(String service) throws IOException {
        Api.Response document = Api.at(platform.gatewayUrl()).get("/openapi/" + service);
        assertThat(document.status()).as(service).isEqualTo(200);
        Path file = Path.of("target", "openapi", service + ".json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, document.body(), StandardCharsets.UTF_8);
        return file;
    }

    private record Result(int exit, String output, String errors) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws Exception {
        Path errors = Files.createTempFile("openapi-lint", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(LINT.toFile())
                .redirectError(errors.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String stderr = Files.readString(errors);
        Files.delete(errors);
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).trim(), stderr);
    }
}
