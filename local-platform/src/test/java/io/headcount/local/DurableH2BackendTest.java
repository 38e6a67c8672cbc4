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
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

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
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
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
