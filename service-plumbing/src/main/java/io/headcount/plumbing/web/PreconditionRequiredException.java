package io.headcount.plumbing.web;

/** An update came without {@code If-Match}: we refuse to guess which version the caller meant to change. 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("send If-Match with the ETag you read; updates without it could overwrite someone else's change");
    }
}
