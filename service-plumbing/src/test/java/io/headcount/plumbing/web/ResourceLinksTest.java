package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.ResourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceLinksTest {

    @Test
    void every_kind_of_record_links_to_its_place_in_the_public_api() {
        assertThat(ResourceLinks.pathOf(ResourceRef.candidate("42"))).isEqualTo("/api/v1/candidates/42");
        assertThat(ResourceLinks.pathOf(ResourceRef.interview("42"))).isEqualTo("/api/v1/interviews/42");
        assertThat(ResourceLinks.pathOf(ResourceRef.scorecard("42"))).isEqualTo("/api/v1/scorecards/42");
        assertThat(ResourceLinks.pathOf(ResourceRef.takeHome("42"))).isEqualTo("/api/v1/take-homes/42");
        assertThat(ResourceLinks.pathOf(ResourceRef.offer("42"))).isEqualTo("/api/v1/offers/42");
        assertThat(ResourceLinks.pathOf(ResourceRef.payBand("42"))).isEqualTo("/api/v1/pay-bands/42");
    }

    @Test
    void a_missing_id_is_no_reference() {
        assertThat(ResourceRef.ofNullable(ResourceRef.Kind.OFFER, null)).isNull();
    }
}
