package io.headcount.deployment;

import org.junit.jupiter.api.Test;

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
    static final Set<String> SERVICES = Set.of("candidate-service", "interview-service", "offer-service");

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
        for (String app : List.of("gateway", "candidate-service", "interview-service", "offer-service")) {
            Map<String, Object> service = map(services.get(app));
            assertThat(map(map(service.get("build")).get("args")).get("APP")).isEqualTo(app);
            assertThat(Files.isDirectory(Path.of("..", app))).as(app + " is a module").isTrue();
            assertThat(map(service.get("environment")).get("HEADCOUNT_JWK_SET_URI"))
                    .isEqualTo("http://dev-issuer:8090/.well-known/jwks.json");
        }
        assertThat(SERVICES.stream().map(name -> (String) map(map(services.get(name)).get("environment"))
                .get("MONGODB_URI")).distinct()).as("a database per service").hasSize(3)
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
}
