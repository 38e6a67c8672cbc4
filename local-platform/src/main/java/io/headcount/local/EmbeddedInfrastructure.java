package io.headcount.local;

import io.headcount.testsupport.DevTokenIssuer;
import io.headcount.testsupport.RedisProcess;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The local platform's own infrastructure: a KRaft broker, a store per service, a dev token issuer. */
public final class EmbeddedInfrastructure implements PlatformInfrastructure, AutoCloseable {

    private final DevTokenIssuer issuer;
    private final KafkaBroker broker;
    private final EmbeddedStores stores;
    private final RedisProcess redis;

    private EmbeddedInfrastructure(DevTokenIssuer issuer, KafkaBroker broker, EmbeddedStores stores,
                                   RedisProcess redis) {
        this.issuer = issuer;
        this.broker = broker;
        this.stores = stores;
        this.redis = redis;
    }

    /**
     * Listening ports: the broker, its controller, the dev issuer, the first of the services' consecutive stores, and Redis
     * (0: any free port).
     */
    public record Ports(int kafka, int kafkaController, int issuer, int firstStore, int redis) {

        public Ports(int kafka, int kafkaController, int issuer, int firstStore) {
            this(kafka, kafkaController, issuer, firstStore, 0);
        }
    }

    public static EmbeddedInfrastructure start(Path dataDir, Ports ports) throws Exception {
        DevTokenIssuer issuer = DevTokenIssuer.start(ports.issuer());
        KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController(), 3);
        Map<String, Integer> storePorts = new LinkedHashMap<>();
        for (String service : LocalPlatform.SERVICES) {
            storePorts.put(service, ports.firstStore() + storePorts.size());
        }
        RedisProcess redis = null;
        if (RedisProcess.executable().isPresent()) {
            redis = RedisProcess.start(ports.redis());
        } else {
            System.out.println("""

                    *** redis-server is not installed: the gateway runs WITHOUT rate limits. ***
                    *** Install it (Debian: apt-get install redis-server) to get them.       ***
                    """);
        }
        return new EmbeddedInfrastructure(issuer, broker, EmbeddedStores.start(dataDir, storePorts), redis);
    }

    @Override
    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String mongoUri(String service) {
        return stores.uriOf(service);
    }

    @Override
    public String jwkSetUri() {
        return issuer.jwkSetUri().toString();
    }

    @Override
    public String devIssuerUrl() {
        return "http://127.0.0.1:" + issuer.port();
    }

    @Override
    public Integer redisPort() {
        return redis == null ? null : redis.port();
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
        stores.close();
        broker.close();
        issuer.close();
    }
}
