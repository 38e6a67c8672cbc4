package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.Base64;

/** Opaque cursors for keyset pagination: the encoded sort key of the last item of the previous page. */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Cursors() {
    }

    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{32}");

    /** A list's cursor: the id of the last record of the previous page, as {@link Page} hands it out. */
    public static String decodeId(String cursor) {
        String id = decode(cursor);
        if (id != null && !RECORD_ID.matcher(id).matches()) {
            throw new InvalidFieldException("cursor", "is not a cursor this API handed out");
        }
        return id;
    }

    public static String encode(String lastKey) {
        return lastKey == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API handed out");
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
