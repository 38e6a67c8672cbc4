package io.headcount.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One MongoDB-wire store per service (each service owns its database), speaking the real protocol to the real
 * driver. With a data folder each store persists to its own H2 file, committed before each write is
 * acknowledged (see {@link DurableH2Backend}); without one they live in memory.
 */
final class EmbeddedStores implements AutoCloseable {

    private final Map<String, String> uris = new LinkedHashMap<>();
    private final List<MongoServer> servers = new ArrayList<>();

    static EmbeddedStores start(Path dataDir, Map<String, Integer> portsByService) {
        EmbeddedStores stores = new EmbeddedStores();
        portsByService.forEach((service, port) -> stores.startStore(dataDir, service, port));
        return stores;
    }

    private void startStore(Path dataDir, String service, int port) {
        MongoServer server = new MongoServer(backend(dataDir, service));
        server.bind("127.0.0.1", port);
        servers.add(server);
        uris.put(service, "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/headcount-" + service);
    }

    private static MongoBackend backend(Path dataDir, String service) {
        if (dataDir == null) {
            return new MemoryBackend();
        }
        try {
            Files.createDirectories(dataDir.resolve("mongo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DurableH2Backend(dataDir.resolve("mongo").resolve(service + ".mv").toString());
    }

    String uriOf(String service) {
        return uris.get(service);
    }

    @Override
    public void close() {
        servers.forEach(MongoServer::shutdownNow);
    }
}
