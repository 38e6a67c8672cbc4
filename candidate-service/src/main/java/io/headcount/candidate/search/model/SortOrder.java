package io.headcount.candidate.search.model;

/** Result orders. Each is total (ties broken by id), so cursor pagination never skips or repeats a candidate. */
public enum SortOrder {
    /** Most recently sourced first (the default). */
    NEWEST,
    /** First sourced first. */
    OLDEST,
    /** Most years of experience first; unknown experience last. */
    MOST_EXPERIENCED,
    /** By name, A to Z (case-insensitive). */
    NAME
}
