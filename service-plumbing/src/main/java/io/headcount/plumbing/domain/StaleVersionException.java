package io.headcount.plumbing.domain;

/** Someone else changed the record since the caller read it (optimistic locking). HTTP 412 or 409. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String resource, String id) {
        super(resource + " " + id + " was changed by someone else; read it again and retry");
    }
}
