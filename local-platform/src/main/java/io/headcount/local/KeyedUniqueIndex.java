package io.headcount.local;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stock H2 unique index (its constructor is package-private), on a map whose keys are {@link KeyValueType}. An
 * update that leaves the index's fields as they were leaves the index alone without computing its keys: the stock
 * index computed and compared both documents' keys on every update, about a quarter of an update's CPU (measured,
 * relay settles), although most updates — every relay settle, and the {@code _id} index on every update — change none.
 */
final class KeyedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    KeyedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    public synchronized void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        if (!keyFieldsUnchanged(oldDocument, newDocument)) {
            super.checkUpdate(oldDocument, newDocument, collection);
        }
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) throws KeyConstraintError {
        if (!keyFieldsUnchanged(oldDocument, newDocument)) {
            super.updateInPlace(oldDocument, newDocument, position, collection);
        }
    }

    /** Top-level key fields holding equal values in both (the keys are computed from them alone); nested: unknown. */
    private boolean keyFieldsUnchanged(Document oldDocument, Document newDocument) {
        for (IndexKey key : getKeys()) {
            String field = key.getKey();
            if (field.indexOf('.') >= 0 || !Objects.equals(oldDocument.get(field), newDocument.get(field))
                    || oldDocument.containsKey(field) != newDocument.containsKey(field)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(keyValue);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
