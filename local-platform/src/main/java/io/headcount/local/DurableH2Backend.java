package io.headcount.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The H2 backend of mongo-java-server, made to acknowledge only what it has written and to find documents by key.
 * <p>
 * Durable: the stock backend keeps writes in the MVStore's memory and commits about once a second, so a killed
 * process loses writes that were already answered. Here every command that may have changed something is committed
 * before its reply leaves, like a journaled MongoDB write; concurrent writers share commits (group commit). A commit
 * writes the change to the file (it survives a process kill); it does not fsync, so a power loss can still lose the
 * last writes.
 * <p>
 * Found by key: the stock backend uses a unique index only when a query names exactly the index's fields, so
 * {@code {_id, version}} — every optimistic update — read the whole collection. Here a unique index serves any query
 * that pins all of its fields to plain values; the other conditions are then checked on the documents it finds, as
 * MongoDB does.
 * <p>
 * Stored without Java serialisation: in a data file this backend created, documents are written as BSON
 * ({@link BsonDocumentType}) and unique-index keys compare without serialising them ({@link KeyValueType}) — the
 * stock formats were most of the store's CPU (measured). A file the stock backend (or an earlier version of this one)
 * wrote has no format marker and keeps the stock formats, so existing data folders open unchanged.
 */
public final class DurableH2Backend extends H2Backend {

    /** Commands that never change anything: answered without waiting for a commit. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "aggregate",
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "killCursors", "endSessions", "dbStats", "collStats", "serverStatus", "getLastError",
            "getParameter", "saslStart", "saslContinue", "connectionStatus", "whatsmyuri");

    /** H2Database's map names (its own constants are package-private): existing data folders must open unchanged. */
    private static final String DATA_MAPS = "databases.";
    private static final String META_MAPS = "meta.";

    /** The map that marks a file as written in this backend's formats. */
    static final String FORMAT_MAP = "headcount.format";

    private final Object committing = new Object();
    /**
     * Whether this file uses the BSON/typed-key formats; decided on first use, which happens inside H2Backend's
     * constructor (so no initializer here: it would run afterwards and reset it).
     */
    private volatile Boolean ownFormats;
    /** Every change made in a version below this one is in the file. */
    private volatile long storedBelow;

    public DurableH2Backend(String fileName) {
        super(fileName);
    }

    public DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // also after a failed command: a multi-document insert may have stored some documents before failing
            if (!READS.contains(command)) {
                awaitStored();
            }
        }
    }

    /**
     * Group commit: returns once a commit that began after this command's changes has finished. Commits take turns;
     * whoever waited while another one ran usually finds its changes stored by it, so concurrent writers share
     * commits instead of queueing one each.
     */
    private void awaitStored() {
        MVStore store = getMvStore();
        long changedIn = store.getCurrentVersion(); // this command's changes are in this version or an earlier one
        if (storedBelow > changedIn) {
            return;
        }
        synchronized (committing) {
            if (storedBelow > changedIn) {
                return;
            }
            store.commit();
            storedBelow = store.getCurrentVersion();
        }
    }

    private boolean ownFormats() {
        if (ownFormats == null) {
            MVStore store = getMvStore();
            boolean marked = store.hasMap(FORMAT_MAP);
            boolean empty = store.getMapNames().stream().noneMatch(name -> name.startsWith(DATA_MAPS));
            if (!marked && empty) {
                store.openMap(FORMAT_MAP).put("documents", "bson-1");
            }
            ownFormats = marked || empty;
        }
        return ownFormats;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyedDatabase(databaseName);
    }

    /** An inner class: H2Database's constructor opens collections before a subclass could keep its own fields. */
    private final class KeyedDatabase extends H2Database {

        KeyedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            if (!ownFormats()) {
                return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            }
            // H2Database's index map name
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            return new KeyedUniqueIndex(getMvStore().openMap(mapName,
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE)), indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            return new KeyedCollection(this, collectionName, options, fullName);
        }
    }

    private final class KeyedCollection extends H2Collection {

        private static final ThreadLocal<Boolean> WRITING = new ThreadLocal<>();

        KeyedCollection(MongoDatabase database, String collectionName, CollectionOptions options, String fullName) {
            super(database, collectionName, options, ownFormats()
                            ? getMvStore().openMap(DATA_MAPS + fullName,
                                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE))
                            : getMvStore().<Object, Document>openMap(DATA_MAPS + fullName),
                    getMvStore().openMap(META_MAPS + fullName), getCursorRegistry());
        }

        /**
         * No running total of the documents' BSON size (only {@code collStats}/{@code dbStats} report it, and nothing
         * here asks): keeping it encoded the old and the new document on every update, about a tenth of an update's
         * CPU (measured), and rewrote the collection's meta page on every commit.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        public Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                        boolean isMulti, boolean isUpsert, Oplog oplog) {
            return whileWriting(() -> super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert,
                    oplog));
        }

        @Override
        public Document findAndModify(Document query) {
            return whileWriting(() -> super.findAndModify(query));
        }

        private static <T> T whileWriting(Supplier<T> write) {
            WRITING.set(Boolean.TRUE);
            try {
                return write.get();
            } finally {
                WRITING.remove();
            }
        }

        /**
         * mongo-java-server updates a document by changing the very instance the map holds, then putting it back; a
         * commit running meanwhile serialises that instance from an earlier page version, half changed (the stock
         * backend wrote such torn documents silently; BSON encoding fails on them). An update therefore works on
         * copies of what it finds, and the map only ever receives whole new documents. A shallow copy is enough: the
         * update computes the new values on its own deep clone and only puts and removes top-level fields of the
         * instance it was given.
         */
        private QueryResult copiesWhileWriting(QueryResult found) {
            if (WRITING.get() == null) {
                return found;
            }
            // copied as the update reaches them: an updateOne stops after the first
            Iterable<Document> copies = () -> StreamSupport.stream(found.spliterator(), false)
                    .map(Document::new).iterator();
            return new QueryResult(copies, found.getCursorId());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            return copiesWhileWriting(findDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
        }

        private QueryResult findDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                          int batchSize, Document fieldSelector) {
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(query)) {
                    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
            for (Index<Object> index : getIndexes()) {
                Document pinned = pinnedKeys(index, query);
                if (pinned != null && index.canHandle(pinned)) {
                    return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** The query's conditions on the index's fields if every one is an equality with a plain value, else null. */
        private static Document pinnedKeys(Index<?> index, Document query) {
            Document pinned = new Document();
            for (IndexKey key : index.getKeys()) {
                Object value = equalityOn(key.getKey(), query);
                if (!isPlain(value)) {
                    return null;
                }
                pinned.put(key.getKey(), value);
            }
            return pinned;
        }

        /** {@code {field: value}}, also as a clause of a top-level {@code $and} (the driver's {@code Filters.and}). */
        private static Object equalityOn(String field, Document query) {
            Object value = query.get(field);
            if (value == null && query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document && isPlain(document.get(field))) {
                        return document.get(field);
                    }
                }
            }
            return value;
        }

        private static boolean isPlain(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof ObjectId || value instanceof UUID || value instanceof Date
                    || value instanceof Instant;
        }
    }
}
