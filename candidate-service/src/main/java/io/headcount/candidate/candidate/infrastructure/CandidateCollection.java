package io.headcount.candidate.candidate.infrastructure;

/** The shape of the {@code candidates} collection that the search and pipeline adapters read too. */
public final class CandidateCollection {

    public static final String NAME = "candidates";
    /** Lower-cased text fields for matching; absent after erasure, so an erased candidate matches nothing. */
    public static final String SEARCH_ALL = "search.all";
    public static final String SEARCH_TITLE = "search.title";
    public static final String SEARCH_COMPANY = "search.company";
    public static final String SEARCH_LOCATION = "search.location";
    public static final String SEARCH_SKILLS = "search.skills";
    public static final String SORT_NAME = "sortName";
    /** Years of experience, or -1 when unknown, so the sort key is never missing. */
    public static final String SORT_YEARS = "sortYears";

    private CandidateCollection() {
    }
}
