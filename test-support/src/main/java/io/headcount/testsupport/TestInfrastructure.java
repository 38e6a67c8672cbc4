package io.headcount.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import io.headcount.events.Topics;

import java.net.InetSocketAddress;
import java.util.stream.Stream;
import java.util.Locale;

/**
 * One real Kafka broker and one MongoDB-wire store per test JVM, started on first use and shared by every test and
 * every Spring context. {@code HEADCOUNT_TEST_INFRA} picks them: {@code containers} (Testcontainers: Apache Kafka
 * and MongoDB), {@code embedded} (in-process KRaft broker and mongo-java-server) or {@code auto} (containers when a
 * Docker engine answers, embedded otherwise; the default).
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String MONGO_IMAGE = "mongo:8.0";
    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoConnection;
    private final String kind;

    private TestInfrastructure(String kafkaBootstrapServers, String mongoConnection, String kind) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnection = mongoConnection;
        this.kind = kind;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            // asynchronous effects get the same patience everywhere, generous enough for a loaded CI machine
            org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
            org.awaitility.Awaitility.setDefaultPollInterval(java.time.Duration.ofMillis(50));
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = start(mode());
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A connection string for the given database on the shared store. */
    public String mongoUri(String database) {
        return mongoConnection + "/" + database;
    }

    private static String mode() {
        String mode = System.getenv().getOrDefault("HEADCOUNT_TEST_INFRA",
                System.getProperty("headcount.test-infra", "auto"));
        return mode.toLowerCase(Locale.ROOT);
    }

    private static TestInfrastructure start(String mode) {
        boolean containers = switch (mode) {
            case "containers" -> true;
            case "embedded" -> false;
            case "auto" -> {
                String whyNot = whyNoDocker();
                if (whyNot != null) {
                    String warning = "HEADCOUNT_TEST_INFRA=auto: NO DOCKER (" + whyNot + ") -> tests run on the "
                            + "EMBEDDED broker and store (in-process Kafka, mongo-java-server), not on real MongoDB. "
                            + "Set HEADCOUNT_TEST_INFRA=containers to require Docker.";
                    log.warn(warning);
                    System.err.println("\n*** " + warning + " ***\n");
                }
                yield whyNot == null;
            }
            default -> throw new IllegalArgumentException("HEADCOUNT_TEST_INFRA must be auto, containers or embedded");
        };
        TestInfrastructure infrastructure = containers ? startContainers() : startEmbedded();
        String banner = "TEST INFRASTRUCTURE (HEADCOUNT_TEST_INFRA=" + mode + "): " + (containers
                ? "CONTAINERS: Apache Kafka " + KAFKA_IMAGE + ", MongoDB " + MONGO_IMAGE + " (single-node replica set)"
                : "EMBEDDED: in-process KRaft broker, mongo-java-server (MongoDB wire protocol, in memory)")
                + "; kafka " + infrastructure.kafkaBootstrapServers + ", mongo " + infrastructure.mongoConnection;
        log.info(banner);
        System.err.println("\n*** " + banner + " ***\n");
        return infrastructure;
    }

    /** Null when a Docker engine answers, otherwise why not. */
    private static String whyNoDocker() {
        try {
            DockerClientFactory.instance().client();
            return null;
        } catch (RuntimeException | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
        }
    }

    /** Created up front, so no client auto-creates one with the wrong partition count. */
    private static String[] allTopics() {
        return Topics.all().stream().flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .toArray(String[]::new);
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        String connection = mongo.getConnectionString();
        return new TestInfrastructure(kafka.getBootstrapServers(), connection, "containers");
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, allTopics());
        broker.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            broker.destroy();
        }, "test-infrastructure-shutdown"));
        return new TestInfrastructure(broker.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort(), "embedded");
    }
}
