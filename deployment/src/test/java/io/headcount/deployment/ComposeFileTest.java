package io.headcount.deployment;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.headcount.deployment.Kustomize.list;
import static io.headcount.deployment.Kustomize.map;
import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml: everything healthy before what depends on it starts, and only the gateway reachable. */
class ComposeFileTest {

    static final Map<String, Object> COMPOSE = Kustomize.load(Path.of("../docker-compose.yml")).get(0);
    static final Map<String, Object> OBSERVABILITY = Kustomize.load(Path.of("../deploy/compose/observability.yml"))
            .get(0);
    static final Set<String> SERVICES = AppConfiguration.SERVICES;
    static final Set<String> APPS = AppConfiguration.APPS;
    static final Schema COMPOSE_SPEC = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
            .getSchema(ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json"));

    @Test
    void the_compose_file_and_the_observability_override_follow_the_compose_specification() {
        assertThat(COMPOSE_SPEC.validate(json(COMPOSE))).isEmpty();
        assertThat(COMPOSE_SPEC.validate(json(OBSERVABILITY))).isEmpty();
    }

    @Test
    void the_specification_check_rejects_what_compose_would() {
        Map<String, Object> misspelt = Map.of("services", Map.of("app", Map.of("image", "x",
                "depends_on", Map.of("db", Map.of("condition", "healthy")))));
        Map<String, Object> unknownKey = Map.of("services", Map.of("app", Map.of("image", "x", "healthcheck",
                Map.of("test", List.of("CMD", "true"), "every", "10s"))));

        assertThat(COMPOSE_SPEC.validate(json(misspelt))).isNotEmpty();
        assertThat(COMPOSE_SPEC.validate(json(unknownKey))).isNotEmpty();
    }

    @Test
    void every_variable_an_app_container_is_given_is_one_the_app_reads() {
        for (Map<String, Object> file : List.of(COMPOSE, OBSERVABILITY)) {
            map(file.get("services")).forEach((name, definition) -> {
                if (APPS.contains(name)) {
                    map(map(definition).get("environment")).keySet().forEach(variable ->
                            assertThat(AppConfiguration.reads(name, variable)).as(name + ": " + variable).isTrue());
                }
            });
        }
        assertThat(AppConfiguration.reads("candidate-service", "MONGODB_URL")).as("a typo is caught").isFalse();
    }

    @Test
    void the_actuator_is_on_a_management_port_that_the_healthchecks_use_and_nothing_publishes() {
        Map<String, Object> services = map(COMPOSE.get("services"));
        for (String app : APPS) {
            Map<String, Object> service = map(services.get(app));
            assertThat(map(service.get("environment")).get("MANAGEMENT_SERVER_PORT")).as(app).isEqualTo("9091");
            assertThat(map(service.get("environment")).get("LOGGING_STRUCTURED_FORMAT_CONSOLE")).as(app)
                    .isEqualTo("ecs");
            assertThat(String.join(" ", list(map(service.get("healthcheck")).get("test")).stream()
                    .map(Object::toString).toList())).as(app).contains("127.0.0.1/9091")
                    .contains("/actuator/health/readiness");
        }
    }

    @Test
    void the_observability_override_sends_traces_to_jaeger_and_mounts_the_dashboard_and_alerts_that_exist() {
        Map<String, Object> services = map(OBSERVABILITY.get("services"));
        assertThat(services).containsKeys("prometheus", "grafana", "jaeger");
        for (String app : APPS) {
            assertThat(map(map(services.get(app)).get("environment"))
                    .get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                    .isEqualTo("http://jaeger:4318/v1/traces");
        }
        for (String tool : List.of("prometheus", "grafana", "jaeger")) {
            assertThat(map(map(services.get(tool)).get("healthcheck")).get("test")).as(tool).isNotNull();
            list(map(services.get(tool)).get("volumes")).stream().map(Object::toString)
                    .filter(mount -> mount.startsWith("./"))
                    .forEach(mount -> assertThat(Path.of("..", mount.split(":")[0])).as(tool + " mounts " + mount)
                            .exists());
        }
        String prometheus = read("../deploy/observability/prometheus.yml");
        APPS.forEach(app -> assertThat(prometheus).contains(app + ":9091"));
    }

    @Test
    void every_container_has_a_healthcheck_and_waits_for_what_it_needs_to_be_healthy() {
        Map<String, Object> services = map(COMPOSE.get("services"));

        assertThat(services).containsKeys("kafka", "mongo", "redis", "dev-issuer", "gateway", "candidate-service",
                "interview-service", "offer-service");
        services.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(map(service.get("healthcheck")).get("test")).as(name + " healthcheck").isNotNull();
            map(service.get("depends_on")).forEach((dependency, condition) -> {
                assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                assertThat(map(condition).get("condition")).as(name + " → " + dependency)
                        .isEqualTo("service_healthy");
            });
        });
        assertThat(map(map(services.get("gateway")).get("depends_on"))).containsKeys("redis", "candidate-service",
                "interview-service", "offer-service");
    }

    @Test
    void only_the_gateway_and_kafka_for_local_subscribers_are_published() {
        map(COMPOSE.get("services")).forEach((name, definition) -> {
            List<Object> ports = list(map(definition).get("ports"));
            if (name.equals("gateway")) {
                assertThat(ports).containsExactly("8080:8080");
            } else if (name.equals("kafka")) {
                assertThat(ports).containsExactly("9094:9094");
            } else {
                assertThat(ports).as(name + " is internal").isEmpty();
            }
        });
    }

    @Test
    void the_apps_are_built_from_this_repository_with_their_own_database_and_the_dev_issuer() throws Exception {
        Map<String, Object> services = map(COMPOSE.get("services"));
        for (String app : APPS) {
            Map<String, Object> service = map(services.get(app));
            assertThat(map(map(service.get("build")).get("args")).get("APP")).isEqualTo(app);
            assertThat(Files.isDirectory(Path.of("..", app))).as(app + " is a module").isTrue();
            assertThat(map(service.get("environment")).get("HEADCOUNT_JWK_SET_URI"))
                    .isEqualTo("http://dev-issuer:8090/.well-known/jwks.json");
        }
        assertThat(SERVICES.stream().map(name -> (String) map(map(services.get(name)).get("environment"))
                .get("MONGODB_URI")).distinct()).as("a database per service").hasSize(5)
                .allSatisfy(uri -> assertThat(uri).startsWith("mongodb://mongo:27017/headcount-")
                        .endsWith("?replicaSet=rs0"));
        for (String name : SERVICES) {
            assertThat(map(map(services.get(name)).get("environment")).get("KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo("kafka:9092");
        }
        assertThat(Files.isRegularFile(Path.of("../Dockerfile"))).isTrue();
        assertThat(Files.isRegularFile(Path.of("..", (String) map(map(services.get("dev-issuer")).get("build"))
                .get("dockerfile")))).isTrue();
    }

    @Test
    void state_lives_in_named_volumes() {
        Map<String, Object> volumes = map(COMPOSE.get("volumes"));
        map(COMPOSE.get("services")).forEach((name, definition) -> list(map(definition).get("volumes"))
                .forEach(mount -> assertThat(volumes).as(name).containsKey(((String) mount).split(":")[0])));
        assertThat(volumes).containsKeys("kafka-data", "mongo-data");
    }

    private static JsonNode json(Map<String, Object> yaml) {
        return JsonMapper.builder().build().valueToTree(yaml);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
