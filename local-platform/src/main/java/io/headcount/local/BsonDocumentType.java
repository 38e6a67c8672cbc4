package io.headcount.local;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

/**
 * Stores a collection's documents in the MVStore as BSON instead of Java serialisation, the stock backend's format:
 * MVStore rewrites every document of a changed B-tree page on each commit, and Java serialisation was the embedded
 * store's bottleneck (measured). Pages the stock backend wrote are still read: their values carry
 * {@link ObjectDataType}'s tags, ours a tag it never uses.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** Not one of ObjectDataType's tags (0–21, 64–119). */
    private static final byte BSON = (byte) 0xB5;

    private final ObjectDataType javaSerialised = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            int length = encoded.readableBytes();
            buffer.put(BSON).putVarInt(length);
            if (encoded.hasArray()) {
                buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), length);
            } else {
                byte[] bytes = new byte[length];
                encoded.readBytes(bytes);
                buffer.put(bytes);
            }
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialised.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** A rough estimate of the heap a document takes, for MVStore's page cache accounting. */
    @Override
    public int getMemory(Document document) {
        return 48 + estimate(document);
    }

    private static int estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 40 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 32;
            for (Object element : values) {
                size += 8 + estimate(element);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return 40 + text.length();
        }
        return 24;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
