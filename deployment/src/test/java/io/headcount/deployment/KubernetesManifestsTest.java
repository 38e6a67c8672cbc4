package io.headcount.deployment;

import io.headcount.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.headcount.deployment.Kustomize.list;
import static io.headcount.deployment.Kustomize.map;
import static io.headcount.deployment.Kustomize.name;
import static io.headcount.deployment.Kustomize.podSpec;
import static org.assertj.core.api.Assertions.assertThat;

/** deploy/k8s: both overlays build, and every workload keeps the operating rules (see the README's deployment part). */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("../deploy/k8s");
    static final Set<String> APPS = AppConfiguration.APPS;
    /** Spring's graceful shutdown phase (spring.lifecycle.timeout-per-shutdown-phase, default 30 s). */
    static final int SHUTDOWN_PHASE_SECONDS = 30;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "production"})
    void an_overlay_builds_and_every_container_has_probes_limits_a_locked_down_context_and_a_graceful_stop(
            String overlay) {
        List<Map<String, Object>> resources = Kustomize.build(K8S.resolve("overlays").resolve(overlay));

        List<Map<String, Object>> deployments = ofKind(resources, "Deployment");
        assertThat(deployments).extracting(Kustomize::name).containsAll(APPS);
        for (Map<String, Object> deployment : deployments) {
            Map<String, Object> pod = podSpec(deployment);
            assertThat(pod.get("automountServiceAccountToken")).as(name(deployment)).isEqualTo(false);
            assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
            for (Object item : list(pod.get("containers"))) {
                Map<String, Object> container = map(item);
                String where = name(deployment) + "/" + container.get("name");
                assertThat(container).as(where).containsKeys("startupProbe", "readinessProbe", "livenessProbe");
                Map<String, Object> resourcesOf = map(container.get("resources"));
                assertThat(map(resourcesOf.get("requests"))).as(where).containsKeys("cpu", "memory");
                assertThat(map(resourcesOf.get("limits"))).as(where).containsKey("memory");
                Map<String, Object> security = map(container.get("securityContext"));
                assertThat(security).as(where).containsEntry("runAsNonRoot", true)
                        .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
                assertThat(list(map(security.get("capabilities")).get("drop"))).as(where).containsExactly("ALL");
                assertThat(list(container.get("volumeMounts"))).as(where + " writes /tmp on an emptyDir")
                        .anySatisfy(mount -> assertThat(map(mount).get("mountPath")).isEqualTo("/tmp"));
                int preStop = (Integer) map(map(map(container.get("lifecycle")).get("preStop")).get("sleep"))
                        .get("seconds");
                int grace = (Integer) pod.get("terminationGracePeriodSeconds");
                assertThat(grace).as(where + ": grace period outlasts preStop and the app's shutdown phase")
                        .isGreaterThan(preStop + (APPS.contains(name(deployment)) ? SHUTDOWN_PHASE_SECONDS : 0));
                if (APPS.contains(name(deployment))) {
                    assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
                            .as(where + ": readiness includes the store and the broker")
                            .isEqualTo("/actuator/health/readiness");
                    assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
                            .isEqualTo("/actuator/health/liveness");
                    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                        assertThat(map(map(container.get(probe)).get("httpGet")).get("port")).as(where + " " + probe)
                                .isEqualTo("management");
                    }
                    assertThat(list(container.get("ports"))).as(where).anySatisfy(port -> assertThat(map(port))
                            .containsEntry("name", "management").containsEntry("containerPort", 9091));
                    Map<String, Object> podMetadata = map(map(map(map(deployment.get("spec")).get("template")))
                            .get("metadata"));
                    assertThat(map(podMetadata.get("annotations"))).as(where + " is scraped")
                            .containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/port", "9091")
                            .containsEntry("prometheus.io/path", "/actuator/prometheus");
                    Map<String, Object> config = map(named(resources, "ConfigMap", name(deployment)).get("data"));
                    assertThat(config).as(where).containsEntry("MANAGEMENT_SERVER_PORT", "9091")
                            .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
                    Set<String> variables = new java.util.TreeSet<>(config.keySet());
                    list(container.get("env")).forEach(env -> variables.add((String) map(env).get("name")));
                    variables.forEach(variable -> assertThat(AppConfiguration.reads(name(deployment), variable))
                            .as(where + " reads " + variable).isTrue());
                }
            }
        }
        assertThat(ofKind(resources, "Secret")).as("secrets are referenced, never committed").isEmpty();
        assertThat(resources).allSatisfy(resource -> assertThat(map(resource.get("metadata")).get("namespace"))
                .as(resource.get("kind") + " " + name(resource)).isNotNull());
    }

    @Test
    void production_runs_two_replicas_spread_out_autoscaled_with_a_disruption_budget_behind_network_policies() {
        List<Map<String, Object>> resources = Kustomize.build(K8S.resolve("overlays/production"));

        for (String app : APPS) {
            Map<String, Object> deployment = named(resources, "Deployment", app);
            assertThat((Integer) map(deployment.get("spec")).get("replicas")).as(app).isGreaterThanOrEqualTo(2);
            assertThat(list(podSpec(deployment).get("topologySpreadConstraints"))).as(app).isNotEmpty();
            Map<String, Object> hpa = named(resources, "HorizontalPodAutoscaler", app);
            assertThat(map(map(hpa.get("spec")).get("scaleTargetRef")).get("name")).isEqualTo(app);
            assertThat((Integer) map(hpa.get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);
            Map<String, Object> pdb = named(resources, "PodDisruptionBudget", app);
            assertThat(map(map(map(pdb.get("spec")).get("selector")).get("matchLabels")))
                    .containsEntry("app.kubernetes.io/name", app);
            String image = (String) Kustomize.containersOf(List.of(deployment)).get(0).get("image");
            assertThat(image).as("one image per app, from the release registry")
                    .isEqualTo("registry.example.com/headcount/" + app + ":0.1.0");
        }
        assertThat(ofKind(resources, "Deployment")).extracting(Kustomize::name).doesNotContain("dev-issuer");

        List<Map<String, Object>> policies = ofKind(resources, "NetworkPolicy");
        assertThat(policies).anySatisfy(policy -> {
            assertThat(map(map(policy.get("spec")).get("podSelector"))).isEmpty();
            assertThat(map(policy.get("spec"))).doesNotContainKey("ingress");
        });
        for (String service : AppConfiguration.SERVICES) {
            Map<String, Object> policy = policies.stream().filter(p -> service.equals(map(map(map(p.get("spec"))
                    .get("podSelector")).get("matchLabels")).get("app.kubernetes.io/name"))).findFirst().orElseThrow();
            List<Object> rules = list(map(policy.get("spec")).get("ingress"));
            assertThat(rules).as(service + ": the gateway on the API port, Prometheus on the management port")
                    .hasSize(2);
            assertThat(list(map(rules.get(0)).get("from"))).singleElement().satisfies(peer -> assertThat(
                    map(map(map(peer).get("podSelector")).get("matchLabels")))
                    .containsEntry("app.kubernetes.io/name", "gateway"));
            assertThat(list(map(rules.get(0)).get("ports"))).extracting(port -> map(port).get("port"))
                    .doesNotContain(9091);
            assertThat(list(map(rules.get(1)).get("ports"))).extracting(port -> map(port).get("port"))
                    .containsExactly(9091);
        }
        Map<String, Object> gatewayPolicy = named(resources, "NetworkPolicy", "gateway-from-ingress");
        assertThat(list(map(gatewayPolicy.get("spec")).get("ingress"))).as("the ingress reaches the API port only")
                .anySatisfy(rule -> assertThat(list(map(rule).get("ports"))).extracting(p -> map(p).get("port"))
                        .containsExactly(8080))
                .anySatisfy(rule -> assertThat(list(map(rule).get("ports"))).extracting(p -> map(p).get("port"))
                        .containsExactly(9091));
        for (String app : APPS) {
            assertThat(map(named(resources, "ConfigMap", app).get("data")))
                    .as(app + " exports traces to the collector")
                    .containsKey("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        }
        Map<String, Object> ingress = ofKind(resources, "Ingress").get(0);
        assertThat(ingress.toString()).contains("name=gateway");
    }

    @Test
    void the_dev_overlay_runs_one_replica_of_each_and_trusts_the_dev_issuer() {
        List<Map<String, Object>> resources = Kustomize.build(K8S.resolve("overlays/dev"));

        assertThat(ofKind(resources, "Deployment")).allSatisfy(d -> assertThat(map(d.get("spec")).get("replicas"))
                .isEqualTo(1));
        assertThat(named(resources, "Deployment", "dev-issuer")).isNotNull();
        for (String app : APPS) {
            assertThat(map(named(resources, "ConfigMap", app).get("data")).get("HEADCOUNT_JWK_SET_URI"))
                    .isEqualTo("http://dev-issuer:8090/.well-known/jwks.json");
        }
    }

    @Test
    void every_topic_and_its_dead_letter_topic_is_declared_with_three_replicas_and_two_in_sync() {
        List<Map<String, Object>> topics = ofKind(Kustomize.build(K8S.resolve("base")), "KafkaTopic");

        Set<String> declared = topics.stream().map(t -> (String) map(t.get("spec")).get("topicName"))
                .collect(Collectors.toSet());
        Set<String> expected = Topics.all().stream().flatMap(topic -> Stream.of(topic,
                topic + Topics.DEAD_LETTER_SUFFIX)).collect(Collectors.toSet());
        assertThat(declared).isEqualTo(expected);
        assertThat(topics).allSatisfy(topic -> {
            Map<String, Object> spec = map(topic.get("spec"));
            assertThat(spec.get("replicas")).isEqualTo(3);
            assertThat(map(spec.get("config")).get("min.insync.replicas")).isEqualTo(2);
            assertThat(map(spec.get("config"))).containsKey("retention.ms");
        });
    }

    /** A row of docs/EVENTS.md's topic table: "| `topic` | partitions | N days | why |". */
    private static final java.util.regex.Pattern TOPIC_ROW = java.util.regex.Pattern.compile(
            "^\\| `(headcount\\.[a-z]+\\.v\\d+)` \\| (\\d+) \\| (\\d+) days \\|");
    private static final java.util.regex.Pattern DEAD_LETTER_ROW = java.util.regex.Pattern.compile(
            "^\\| each `<topic>\\.DLT` \\| (\\d+) \\| as its topic \\|");

    @Test
    void every_topics_partitions_and_retention_are_the_ones_the_subscriber_docs_promise() throws IOException {
        Map<String, Object> topics = new java.util.HashMap<>();
        ofKind(Kustomize.build(K8S.resolve("base")), "KafkaTopic").forEach(topic ->
                topics.put((String) map(topic.get("spec")).get("topicName"), map(topic.get("spec"))));
        List<String> lines = Files.readAllLines(Path.of("../docs/EVENTS.md"));
        Map<String, long[]> documented = new java.util.HashMap<>();
        Integer deadLetterPartitions = null;
        for (String line : lines) {
            java.util.regex.Matcher row = TOPIC_ROW.matcher(line);
            if (row.find()) {
                documented.put(row.group(1), new long[] {Long.parseLong(row.group(2)),
                        java.time.Duration.ofDays(Long.parseLong(row.group(3))).toMillis()});
            }
            java.util.regex.Matcher deadLetters = DEAD_LETTER_ROW.matcher(line);
            if (deadLetters.find()) {
                deadLetterPartitions = Integer.parseInt(deadLetters.group(1));
            }
        }

        assertThat(documented.keySet()).as("every topic documented").containsExactlyInAnyOrderElementsOf(Topics.all());
        assertThat(deadLetterPartitions).as("the dead-letter row").isNotNull();
        for (String topic : Topics.all()) {
            long[] promised = documented.get(topic);
            for (String declared : List.of(topic, Topics.deadLetterOf(topic))) {
                Map<String, Object> spec = map(topics.get(declared));
                long partitions = declared.equals(topic) ? promised[0] : deadLetterPartitions;
                assertThat(((Number) spec.get("partitions")).longValue()).as(declared + " partitions")
                        .isEqualTo(partitions);
                assertThat(Long.parseLong(String.valueOf(map(spec.get("config")).get("retention.ms"))))
                        .as(declared + " retention.ms").isEqualTo(promised[1]);
            }
        }
    }

    @Test
    void every_deployment_reads_its_configuration_from_its_own_config_map_and_secrets_only_by_reference()
            throws IOException {
        List<Map<String, Object>> resources = Kustomize.build(K8S.resolve("base"));
        for (String app : APPS) {
            Map<String, Object> container = Kustomize.containersOf(List.of(named(resources, "Deployment", app)))
                    .get(0);
            assertThat(container.toString()).contains("configMapRef={name=" + app + "}");
            assertThat(named(resources, "ConfigMap", app)).isNotNull();
            assertThat(named(resources, "Service", app)).isNotNull();
            assertThat(named(resources, "ServiceAccount", app)).isNotNull();
        }
        try (Stream<Path> files = Files.walk(K8S)) {
            assertThat(files.filter(Files::isRegularFile).map(Kustomize::load).flatMap(List::stream)
                    .filter(r -> "Secret".equals(r.get("kind")))).isEmpty();
        }
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(r -> name.equals(name(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
