package io.headcount.plumbing.domain;

/** The record does not exist for this caller (also when it belongs to another team: we do not reveal it). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " not found");
    }
}
