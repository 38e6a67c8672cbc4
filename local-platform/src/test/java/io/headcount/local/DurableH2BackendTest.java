package io.headcount.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void answers_queries_that_pin_a_unique_index_and_more_exactly_as_the_stock_backend() {
        List<Bson> queries = List.of(
                Filters.and(Filters.eq("_id", "c-3"), Filters.eq("version", 3)),
                Filters.and(Filters.eq("_id", "c-3"), Filters.eq("version", 4)),
                Filters.and(Filters.eq("_id", "c-3"), Filters.gte("version", 1), Filters.eq("team", "team-a")),
                Filters.and(Filters.eq("_id", "c-3"), Filters.eq("team", "team-b")),
                Filters.and(Filters.eq("_id", "nobody"), Filters.eq("version", 0)),
                Filters.and(Filters.eq("team", "team-a"), Filters.eq("email", "p7@example.com"), Filters.exists("x", false)),
                Filters.and(Filters.eq("team", "team-a"), Filters.eq("email", "p8@example.com")),
                Filters.and(Filters.eq("team", "team-a"), Filters.regex("email", "p1.*")),
                Filters.and(Filters.in("_id", "c-1", "c-2"), Filters.eq("version", 1)),
                Filters.and(Filters.eq("_id", "c-5"), Filters.or(Filters.eq("version", 5), Filters.eq("version", 9))),
                Filters.eq("version", 2));
        List<List<Document>> stock = run(new H2Backend(dir.resolve("stock.mv").toString()), queries);
        List<List<Document>> ours = run(new DurableH2Backend(dir.resolve("ours.mv").toString()), queries);

        assertThat(ours).isEqualTo(stock);
        assertThat(ours.get(0)).extracting(d -> d.get("_id")).containsExactly("c-3");
        assertThat(ours.get(1)).isEmpty();
        assertThat(ours.get(5)).extracting(d -> d.get("_id")).containsExactly("c-7");
    }

    @Test
    void updates_and_deletes_by_id_and_version_touch_only_the_matching_document() {
        withStore(new DurableH2Backend(dir.resolve("writes.mv").toString()), people -> {
            long stale = people.updateOne(Filters.and(Filters.eq("_id", "c-2"), Filters.eq("version", 1)),
                    Updates.set("name", "stale")).getMatchedCount();
            long fresh = people.updateOne(Filters.and(Filters.eq("_id", "c-2"), Filters.eq("version", 2)),
                    Updates.combine(Updates.set("name", "renamed"), Updates.inc("version", 1))).getModifiedCount();
            long deleted = people.deleteOne(Filters.and(Filters.eq("_id", "c-4"), Filters.eq("version", 4)))
                    .getDeletedCount();
            assertThat(stale).isZero();
            assertThat(fresh).isOne();
            assertThat(deleted).isOne();
            assertThat(people.find(Filters.eq("_id", "c-2")).first()).containsEntry("name", "renamed")
                    .containsEntry("version", 3);
            assertThat(people.countDocuments()).isEqualTo(9);
            return null;
        });
    }

    @Test
    void opens_a_data_file_the_stock_backend_wrote() {
        Path file = dir.resolve("existing.mv");
        withStore(new H2Backend(file.toString()), people -> null);
        List<Document> reopened = withStore(new DurableH2Backend(file.toString()),
                people -> people.find(Filters.and(Filters.eq("_id", "c-6"), Filters.eq("version", 6)))
                        .into(new ArrayList<>()));
        assertThat(reopened).extracting(d -> d.get("name")).containsExactly("Person 6");
    }

    @Test
    void stores_documents_of_every_field_type_the_services_write_and_reads_them_back_after_a_restart() {
        Document document = new Document("_id", "doc-1").append("version", 7).append("count", 12_345_678_901L)
                .append("ratio", 0.25).append("salary", new Decimal128(new java.math.BigDecimal("185000.50")))
                .append("at", new java.util.Date(1_790_000_000_123L)).append("on", true).append("none", null)
                .append("oid", new ObjectId("65f0a1b2c3d4e5f6a7b8c9d0"))
                .append("uuid", java.util.UUID.fromString("0b7e1f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("events", List.of(new Document("type", "CandidateSourced").append("payload",
                        new Document("skills", List.of("java", "kafka")).append("nested", List.of(List.of(1, 2))))))
                .append("text", "Zoë — 候选人");
        Path file = dir.resolve("types.mv");
        Path stockFile = dir.resolve("types-stock.mv");
        withStore(new DurableH2Backend(file.toString()), people -> people.insertOne(document));
        withStore(new H2Backend(stockFile.toString()), people -> people.insertOne(document));

        Document ours = withStore(new DurableH2Backend(file.toString()),
                people -> people.find(Filters.eq("_id", "doc-1")).first());
        Document stock = withStore(new H2Backend(stockFile.toString()),
                people -> people.find(Filters.eq("_id", "doc-1")).first());
        assertThat(ours).isEqualTo(stock).isEqualTo(document);
        try (MVStore raw = MVStore.open(file.toString())) {
            assertThatThrownBy(() -> raw.openMap("databases.test.people").get("doc-1"))
                    .as("stored as BSON, not in the stock backend's Java serialisation").isNotNull();
        }
    }

    @Test
    void concurrent_updates_while_commits_run_all_succeed_and_none_is_torn() throws Exception {
        withStore(new DurableH2Backend(dir.resolve("concurrent.mv").toString()), people -> {
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String id = "c-" + w;
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 300; i++) {
                            people.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("a", i),
                                    Updates.set("b", i), Updates.set("tags", List.of("x" + i, "y" + i)),
                                    Updates.set("f" + i % 50, "field " + i), // adds fields: encoding takes a while
                                    // a field added and removed in turn: the document's shape changes every time
                                    i % 2 == 0 ? Updates.set("flag", true) : Updates.unset("flag"),
                                    Updates.inc("version", 1)));
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> future : done) {
                    future.get(); // an update that failed in the store throws here
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                writers.shutdownNow();
            }
            return null;
        });
        List<Document> reopened = withStore(new DurableH2Backend(dir.resolve("concurrent.mv").toString()),
                people -> people.find(Filters.in("_id", "c-0", "c-1", "c-2", "c-3")).sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>()));
        assertThat(reopened).allSatisfy(d -> assertThat(d).containsEntry("a", 299).containsEntry("b", 299)
                .containsEntry("tags", List.of("x299", "y299")));
        assertThat(reopened).extracting(d -> d.get("version")).containsExactly(300, 301, 302, 303);
    }

    @Test
    void unique_keys_hold_before_and_after_a_restart() {
        Path file = dir.resolve("unique.mv");
        for (int start = 0; start < 2; start++) {
            withStore(new DurableH2Backend(file.toString()), people -> {
                assertThatThrownBy(() -> people.insertOne(new Document("_id", "c-3").append("version", 0)))
                        .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> people.insertOne(new Document("_id", "x-" + System.nanoTime())
                        .append("team", "team-a").append("email", "p3@example.com")))
                        .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
                people.insertOne(new Document("_id", "n-" + System.nanoTime()).append("team", "team-a")
                        .append("email", "new-" + System.nanoTime() + "@example.com"));
                assertThat(people.find(Filters.and(Filters.eq("team", "team-a"), Filters.eq("email",
                        "p3@example.com"))).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                        .containsExactly("c-3");
                return null;
            });
        }
        long count = withStore(new DurableH2Backend(file.toString()), MongoCollection::countDocuments);
        assertThat(count).isEqualTo(12);
    }

    @Test
    void updates_that_change_a_unique_key_or_leave_it_alone_keep_the_index_right() {
        withStore(new DurableH2Backend(dir.resolve("rekeyed.mv").toString()), people -> {
            people.updateOne(Filters.eq("_id", "c-1"), Updates.set("name", "Renamed")); // key left alone
            assertThatThrownBy(() -> people.updateOne(Filters.eq("_id", "c-1"),
                    Updates.set("email", "p3@example.com"))) // c-3's key in team-a
                    .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
            people.updateOne(Filters.eq("_id", "c-1"), Updates.set("email", "moved@example.com"));
            people.insertOne(new Document("_id", "c-new").append("team", "team-a").append("email", "p1@example.com"));
            people.updateOne(Filters.eq("_id", "c-5"), Updates.unset("email")); // leaves the sparse index
            people.insertOne(new Document("_id", "c-newer").append("team", "team-a").append("email", "p5@example.com"));

            assertThat(people.find(Filters.and(Filters.eq("team", "team-a"), Filters.eq("email", "moved@example.com")))
                    .into(new ArrayList<>())).extracting(d -> d.get("_id"), d -> d.get("name"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", "Renamed"));
            assertThat(people.find(Filters.and(Filters.eq("team", "team-a"), Filters.eq("email", "p1@example.com")))
                    .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("c-new");
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "c-dup").append("team", "team-a")
                    .append("email", "moved@example.com")))
                    .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
            return null;
        });
    }

    @Test
    void a_file_the_stock_backend_wrote_keeps_working_after_new_writes() {
        Path file = dir.resolve("mixed.mv");
        withStore(new H2Backend(file.toString()), people -> null);
        withStore(new DurableH2Backend(file.toString()), people -> people.updateOne(Filters.eq("_id", "c-1"),
                Updates.set("name", "renamed")));

        List<Document> reopened = withStore(new DurableH2Backend(file.toString()),
                people -> people.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        assertThat(reopened).hasSize(10);
        assertThat(reopened.get(1)).containsEntry("name", "renamed");
        assertThat(reopened.get(2)).containsEntry("name", "Person 2");
    }

    private List<List<Document>> run(MongoBackend backend, List<Bson> queries) {
        return withStore(backend, people -> {
            List<List<Document>> results = new ArrayList<>();
            for (Bson query : queries) {
                results.add(people.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            }
            return results;
        });
    }

    /** A store on {@code backend} with ten people c-0..c-9 (version = n) unless the file has them already. */
    private static <T> T withStore(MongoBackend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server) + "/?uuidRepresentation=standard")) {
            MongoCollection<Document> people = client.getDatabase("test").getCollection("people");
            if (people.countDocuments() == 0) {
                people.createIndex(Indexes.ascending("team", "email"), new IndexOptions().unique(true).sparse(true));
                for (int n = 0; n < 10; n++) {
                    people.insertOne(new Document("_id", "c-" + n).append("version", n)
                            .append("team", n % 2 == 0 ? "team-b" : "team-a").append("email", "p" + n + "@example.com")
                            .append("name", "Person " + n));
                }
            }
            return work.apply(people);
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
