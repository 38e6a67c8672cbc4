package io.headcount.deployment;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.headcount.deployment.Kustomize.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource the Kubernetes overlays build, validated against the Kubernetes API's schemas (shipped in
 * src/test/resources/kubernetes-schemas, see its README) in kubeconform's strict mode: a misspelt field, a string
 * where the API wants a number or an unknown kind fails here instead of at {@code kubectl apply}.
 */
class KubernetesSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path K8S = Path.of("../deploy/k8s");

    /** apiVersion/kind → the file and the definition that describes it. */
    private static final Map<String, String[]> DEFINITIONS = Map.of(
            "v1/ConfigMap", new String[] {"core.json", "kubernetes_core_ConfigMap"},
            "v1/Service", new String[] {"core.json", "kubernetes_core_Service"},
            "v1/ServiceAccount", new String[] {"core.json", "kubernetes_core_ServiceAccount"},
            "apps/v1/Deployment", new String[] {"apps.json", "kubernetes_apps_Deployment"},
            "policy/v1/PodDisruptionBudget", new String[] {"policy.json", "kubernetes_policy_v1_PodDisruptionBudget"},
            "autoscaling/v2/HorizontalPodAutoscaler", new String[] {"autoscaling.json",
                    "kubernetes_autoscaling_v2_HorizontalPodAutoscaler"},
            "networking.k8s.io/v1/NetworkPolicy", new String[] {"networking.json",
                    "kubernetes_networking_v1_NetworkPolicy"},
            "networking.k8s.io/v1/Ingress", new String[] {"networking.json", "kubernetes_networking_v1_Ingress"});

    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void every_resource_follows_the_kubernetes_api_schema_strictly(String directory) {
        List<Map<String, Object>> resources = Kustomize.build(K8S.resolve(directory));
        assertThat(resources).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> resource : resources) {
            String name = resource.get("kind") + " " + map(resource.get("metadata")).get("name");
            validate(resource).forEach(problem -> problems.add(name + ": " + problem));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_rejects_what_the_api_server_would() {
        Map<String, Object> deployment = first("apps/v1", "Deployment");
        String valid = JSON.writeValueAsString(deployment);

        assertThat(validate(deployment)).isEmpty();
        assertThat(validate(spoiled(valid, "livenessProbe", "livenesProbe"))).as("a misspelt field").isNotEmpty();
        assertThat(validate(spoiled(valid, "\"replicas\":", "\"replicas\":\"two\",\"x\":"))).as("a string for a number")
                .isNotEmpty();
        assertThat(validate(spoiled(valid, "\"containerPort\":", "\"containerPort\":true,\"y\":")))
                .as("a boolean for a port").isNotEmpty();
        assertThat(validate(spoiled(valid, "\"kind\":\"Deployment\"", "\"kind\":\"Deploymnet\"")))
                .as("an unknown kind").isNotEmpty();
        Map<String, Object> topic = first("kafka.strimzi.io/v1beta2", "KafkaTopic");
        assertThat(validate(spoiled(JSON.writeValueAsString(topic), "\"partitions\":", "\"partitions\":0,\"z\":")))
                .as("no partitions, and an unknown field").isNotEmpty();
    }

    private static Map<String, Object> first(String apiVersion, String kind) {
        return Kustomize.build(K8S.resolve("overlays/production")).stream()
                .filter(r -> apiVersion.equals(r.get("apiVersion")) && kind.equals(r.get("kind"))).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spoiled(String json, String from, String to) {
        assertThat(json).contains(from);
        return JSON.readValue(json.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), Map.class);
    }

    private static List<String> validate(Map<String, Object> resource) {
        String key = resource.get("apiVersion") + "/" + resource.get("kind");
        Schema schema;
        if (key.equals("kafka.strimzi.io/v1beta2/KafkaTopic")) {
            schema = SCHEMAS.computeIfAbsent(key, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(resource("kafka.strimzi.io-v1beta2-KafkaTopic.json")));
        } else if (DEFINITIONS.containsKey(key)) {
            schema = SCHEMAS.computeIfAbsent(key, k -> strictSchema(DEFINITIONS.get(k)[0], DEFINITIONS.get(k)[1]));
        } else {
            return List.of("no schema for " + key);
        }
        return schema.validate(JSON.valueToTree(resource)).stream().map(Object::toString).toList();
    }

    /** The fabric8 file with the definition as its root, made strict (see the schemas' README). */
    private static Schema strictSchema(String file, String definition) {
        ObjectNode document;
        try (InputStream in = resource(file)) {
            document = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode definitions = (ObjectNode) document.get("definitions");
        definitions.properties().forEach(entry -> {
            if (entry.getKey().endsWith("_IntOrString")) {
                entry.setValue(typeOf("integer", "string"));
            } else if (entry.getKey().endsWith("_Quantity")) {
                entry.setValue(typeOf("string", "number"));
            }
        });
        definitions.forEach(KubernetesSchemasTest::makeStrict);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$ref", "#/definitions/" + definition);
        root.set("definitions", definitions);
        ObjectNode kinds = (ObjectNode) definitions.get(definition).get("properties");
        // the definition's defaults name its apiVersion and kind: a resource must say exactly those
        kinds.set("apiVersion", JSON.createObjectNode().put("const", kinds.get("apiVersion").get("default")
                .asString()));
        kinds.set("kind", JSON.createObjectNode().put("const", kinds.get("kind").get("default").asString()));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(root);
    }

    private static ObjectNode typeOf(String... types) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode array = node.putArray("type");
        for (String type : types) {
            array.add(type);
        }
        return node;
    }

    /** Objects that list their properties allow no others; fabric8's boolean "required" is dropped. */
    private static void makeStrict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("required") && object.get("required").isBoolean()) {
                object.remove("required");
            }
            // fabric8's code-generation hints, not validation keywords
            object.remove(List.of("existingJavaType", "javaType", "javaInterfaces", "javaOmitEmpty", "serializer",
                    "deserializer", "interfaceImpls", "javaName"));
            if (object.has("properties") && object.get("properties").isObject()
                    && (!object.has("additionalProperties") || object.get("additionalProperties").isBoolean())) {
                object.put("additionalProperties", false);
            }
            object.forEach(KubernetesSchemasTest::makeStrict);
        } else if (node instanceof ArrayNode array) {
            array.forEach(KubernetesSchemasTest::makeStrict);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = KubernetesSchemasTest.class.getResourceAsStream("/kubernetes-schemas/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }
}
