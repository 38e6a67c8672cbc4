package io.headcount.deployment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What configuration an application reads from its environment: the placeholders of its configuration files
 * ({@code ${MONGODB_URI:...}}) and, through Spring Boot's relaxed binding, any property Boot's configuration
 * metadata knows ({@code MANAGEMENT_SERVER_PORT} → {@code management.server.port}).
 */
final class AppConfiguration {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** The services of the repository: each a module, deployed and composed like the others. */
    static final Set<String> SERVICES = Set.of("candidate-service", "interview-service", "offer-service",
            "webhook-service", "insights-service");
    /** Every application deployed: the services and the gateway. */
    static final Set<String> APPS = union(SERVICES, "gateway");
    private static final Map<String, List<Path>> FILES = configurationFiles();
    private static final Set<String> BOOT_PROPERTIES_AS_ENV = bootPropertiesAsEnv();

    private AppConfiguration() {
    }

    static boolean reads(String app, String environmentVariable) {
        return JVM.contains(environmentVariable) || placeholders(app).contains(environmentVariable)
                || BOOT_PROPERTIES_AS_ENV.contains(environmentVariable);
    }

    static Set<String> placeholders(String app) {
        Set<String> names = new HashSet<>();
        List<Path> files = new java.util.ArrayList<>(FILES.get(app));
        try (java.util.stream.Stream<Path> sources = Files.walk(Path.of("..", app, "src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(files::add); // @Value("${...}")
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            try {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static Set<String> union(Set<String> services, String gateway) {
        Set<String> apps = new HashSet<>(services);
        apps.add(gateway);
        return Set.copyOf(apps);
    }

    private static Map<String, List<Path>> configurationFiles() {
        Map<String, List<Path>> files = new java.util.HashMap<>();
        files.put("gateway", List.of(Path.of("../gateway/src/main/resources/gateway.yml")));
        SERVICES.forEach(service -> files.put(service, serviceFiles(service)));
        return Map.copyOf(files);
    }

    private static List<Path> serviceFiles(String service) {
        return List.of(Path.of("../" + service + "/src/main/resources/" + service + ".yml"),
                Path.of("../service-plumbing/src/main/resources/headcount-plumbing-defaults.yml"));
    }

    /** Relaxed binding's environment form: upper case, dots to underscores, dashes dropped. */
    private static Set<String> bootPropertiesAsEnv() {
        Set<String> names = new HashSet<>();
        try {
            for (URL url : Collections.list(AppConfiguration.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
                        names.add(property.get("name").asString().replace(".", "_").replace("-", "")
                                .toUpperCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!names.contains("MANAGEMENT_SERVER_PORT")) {
            throw new IllegalStateException("Spring Boot's configuration metadata is not on the classpath");
        }
        return names;
    }
}
