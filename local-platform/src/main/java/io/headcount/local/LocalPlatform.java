package io.headcount.local;

import io.headcount.candidate.CandidateServiceApplication;
import io.headcount.gateway.GatewayApplication;
import io.headcount.interview.InterviewServiceApplication;
import io.headcount.offer.OfferServiceApplication;
import io.headcount.webhook.WebhookServiceApplication;
import io.headcount.insights.InsightsServiceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The gateway and the five services as six separate Spring Boot applications (own ports, databases, consumer
 * groups and configuration files) in one JVM, wired to the given infrastructure.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String CANDIDATE_SERVICE = "candidate-service";
    public static final String INTERVIEW_SERVICE = "interview-service";
    public static final String OFFER_SERVICE = "offer-service";
    public static final String WEBHOOK_SERVICE = "webhook-service";
    public static final String INSIGHTS_SERVICE = "insights-service";
    /** The services, in the order of their stores' ports. */
    public static final List<String> SERVICES = List.of(CANDIDATE_SERVICE, INTERVIEW_SERVICE, OFFER_SERVICE,
            WEBHOOK_SERVICE, INSIGHTS_SERVICE);
    public static final String GATEWAY = "gateway";

    private final Map<String, ConfigurableApplicationContext> applications;

    private LocalPlatform(Map<String, ConfigurableApplicationContext> applications) {
        this.applications = applications;
    }

    /** HTTP ports of the applications; 0 picks a free one. */
    public record Ports(int gateway, int candidate, int interview, int offer, int webhook, int insights) {

        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 8083, 8084, 8085);
        }

        public static Ports anyFree() {
            return new Ports(0, 0, 0, 0, 0, 0);
        }
    }

    /**
     * Starts the services side by side, then the gateway in front of them. Logging is one JVM-wide system: each
     * application re-initialising it while the others start races inside Logback, so the applications leave it
     * alone and the JVM's logback.xml (this module's, or logback-test.xml in tests) configures it once.
     */
    public static LocalPlatform start(PlatformInfrastructure infrastructure, Ports ports, String... extraArgs) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        Map<String, ConfigurableApplicationContext> started = new LinkedHashMap<>();
        ExecutorService starter = Executors.newFixedThreadPool(3);
        try {
            Map<String, CompletableFuture<ConfigurableApplicationContext>> services = new LinkedHashMap<>();
            services.put(CANDIDATE_SERVICE, startAsync(starter, CandidateServiceApplication::application,
                    serviceArgs(infrastructure, CANDIDATE_SERVICE, ports.candidate(), extraArgs)));
            services.put(INTERVIEW_SERVICE, startAsync(starter, InterviewServiceApplication::application,
                    serviceArgs(infrastructure, INTERVIEW_SERVICE, ports.interview(), extraArgs)));
            services.put(OFFER_SERVICE, startAsync(starter, OfferServiceApplication::application,
                    serviceArgs(infrastructure, OFFER_SERVICE, ports.offer(), extraArgs)));
            services.put(WEBHOOK_SERVICE, startAsync(starter, WebhookServiceApplication::application,
                    serviceArgs(infrastructure, WEBHOOK_SERVICE, ports.webhook(), extraArgs)));
            services.put(INSIGHTS_SERVICE, startAsync(starter, InsightsServiceApplication::application,
                    serviceArgs(infrastructure, INSIGHTS_SERVICE, ports.insights(), extraArgs)));
            services.forEach((name, future) -> started.put(name, future.join()));
            LocalPlatform partial = new LocalPlatform(started);
            started.put(GATEWAY, GatewayApplication.application().run(gatewayArgs(infrastructure, ports.gateway(),
                    partial, extraArgs)));
            return new LocalPlatform(started);
        } catch (RuntimeException e) {
            new LocalPlatform(started).close();
            throw e;
        } finally {
            starter.shutdown();
        }
    }

    /** One application's Spring context, for tests that stop a part of it (a consumer) and start it again. */
    public ConfigurableApplicationContext context(String application) {
        return applications.get(application);
    }

    public int portOf(String application) {
        return ((WebServerApplicationContext) applications.get(application)).getWebServer().getPort();
    }

    public String urlOf(String application) {
        return "http://127.0.0.1:" + portOf(application);
    }

    public String gatewayUrl() {
        return "http://localhost:" + portOf(GATEWAY);
    }

    private static CompletableFuture<ConfigurableApplicationContext> startAsync(
            ExecutorService executor, Supplier<SpringApplication> application, String[] args) {
        return CompletableFuture.supplyAsync(() -> application.get().run(args), executor);
    }

    /** How a service is started on this infrastructure (also a second replica of one, in tests). */
    public static String[] serviceArgs(PlatformInfrastructure infrastructure, String service, int port,
                                        String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.mongodb.uri=" + infrastructure.mongoUri(service),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + infrastructure.jwkSetUri(),
                // the gateway's classes share this JVM's classpath; only the gateway application routes
                "--spring.cloud.gateway.server.webflux.enabled=false"));
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    private static String[] gatewayArgs(PlatformInfrastructure infrastructure, int port, LocalPlatform services,
                                        String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--CANDIDATE_SERVICE_URL=" + services.urlOf(CANDIDATE_SERVICE),
                "--INTERVIEW_SERVICE_URL=" + services.urlOf(INTERVIEW_SERVICE),
                "--OFFER_SERVICE_URL=" + services.urlOf(OFFER_SERVICE),
                "--WEBHOOK_SERVICE_URL=" + services.urlOf(WEBHOOK_SERVICE),
                "--INSIGHTS_SERVICE_URL=" + services.urlOf(INSIGHTS_SERVICE),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + infrastructure.jwkSetUri(),
                // the services' store and broker libraries share this JVM's classpath; the gateway uses neither
                "--management.health.mongodb.enabled=false",
                "--management.health.mongo.enabled=false"));
        if (infrastructure.redisPort() != null) {
            args.add("--REDIS_HOST=127.0.0.1");
            args.add("--REDIS_PORT=" + infrastructure.redisPort());
        } else {
            args.add("--headcount.gateway.rate-limit.enabled=false");
        }
        if (infrastructure.devIssuerUrl() != null) {
            args.add("--spring.profiles.active=local");
            args.add("--HEADCOUNT_DEV_ISSUER_URL=" + infrastructure.devIssuerUrl());
        }
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    /** Gateway first, so no request reaches a service that is shutting down. */
    @Override
    public void close() {
        List<String> order = new ArrayList<>(applications.keySet());
        java.util.Collections.reverse(order);
        for (String name : order) {
            ConfigurableApplicationContext context = applications.get(name);
            if (context != null && context.isActive()) {
                context.close();
            }
        }
    }
}
