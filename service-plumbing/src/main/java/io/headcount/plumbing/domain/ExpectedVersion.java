package io.headcount.plumbing.domain;

/**
 * The version an edit is based on (the caller's If-Match): one version, or any ({@code If-Match: *}, RFC 9110: the
 * record must exist, whatever its version).
 */
public record ExpectedVersion(Long version) {

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(version);
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(null);
    }

    /** The version to write against, given the one just read. */
    public long against(long current) {
        return version == null ? current : version;
    }
}
