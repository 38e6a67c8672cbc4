package io.headcount.plumbing.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.Document;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

class OutboxAggregateStoreTest {

    @Document("things")
    record Thing(@Id String id, long version) {
    }

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_second_writer_to_a_new_collection_waits_until_the_first_has_created_its_indexes() throws Exception {
        MongoTemplate mongo = spy(new MongoTemplate(client, "store-test"));
        CountDownLatch indexing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean indexed = new AtomicBoolean();
        doAnswer(call -> heldBack((IndexOperations) call.callRealMethod(), indexing, release, indexed))
                .when(mongo).indexOps(anyString());
        Queue<String> writtenBeforeTheIndexes = new ConcurrentLinkedQueue<>();
        doAnswer(call -> {
            if (!indexed.get()) {
                writtenBeforeTheIndexes.add(call.getArgument(1));
            }
            return call.callRealMethod();
        }).when(mongo).insert(any(org.bson.Document.class), anyString());
        OutboxAggregateStore store = new OutboxAggregateStore(mongo, (collection, id) -> { });

        Thread first = new Thread(() -> store.insert(new Thing("a", 0), List.of()));
        first.start();
        assertThat(indexing.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = new Thread(() -> store.insert(new Thing("b", 0), List.of()));
        second.start();
        // without waiting, the second writer stores its document within milliseconds
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(writtenBeforeTheIndexes::isEmpty);
        release.countDown();
        first.join(10_000);
        second.join(10_000);

        assertThat(writtenBeforeTheIndexes).isEmpty();
        assertThat(mongo.getCollection("things").countDocuments()).isEqualTo(2);
        assertThat(mongo.getCollection("things").listIndexes().into(new java.util.ArrayList<>())).hasSize(3);
    }

    /** Index operations whose index creation waits for {@code release}; {@code indexed} once all of them are done. */
    private static IndexOperations heldBack(IndexOperations real, CountDownLatch indexing, CountDownLatch release,
                                            AtomicBoolean indexed) {
        return (IndexOperations) Proxy.newProxyInstance(IndexOperations.class.getClassLoader(),
                new Class<?>[]{IndexOperations.class}, (proxy, method, args) -> {
                    boolean creating = method.getName().equals("createIndex");
                    if (creating) {
                        indexing.countDown();
                        assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (creating && real.getIndexInfo().size() == 3) { // _id, {_id, version}, pending flag
                            indexed.set(true);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
