package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.ResourceRef;

/** Where each kind of record lives in the public API: the one place the domain's references become paths. */
public final class ResourceLinks {

    private ResourceLinks() {
    }

    public static String pathOf(ResourceRef ref) {
        String collection = switch (ref.kind()) {
            case CANDIDATE -> "/api/v1/candidates/";
            case INTERVIEW -> "/api/v1/interviews/";
            case SCORECARD -> "/api/v1/scorecards/";
            case TAKE_HOME -> "/api/v1/take-homes/";
            case OFFER -> "/api/v1/offers/";
            case PAY_BAND -> "/api/v1/pay-bands/";
        };
        return collection + ref.id();
    }
}
