package io.headcount.webhook.endpoint.model;

import io.headcount.events.webhook.WebhookEndpointDisabled;
import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEndpointTest {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final WebhookEndpoint endpoint = WebhookEndpoint.register("ep1", "team-a", "https://hooks.example.com",
            Set.of(), "whsec_x", null, now);

    @Test
    void an_endpoint_failing_every_delivery_for_a_day_is_switched_off_with_an_event() {
        Changed<WebhookEndpoint, WebhookEndpointEvent> first = endpoint.deliveryFailed("HTTP 503", now, Duration.ofHours(24));
        Changed<WebhookEndpoint, WebhookEndpointEvent> later = first.state().deliveryFailed("HTTP 503", now.plus(Duration.ofHours(23)),
                Duration.ofHours(24));
        Changed<WebhookEndpoint, WebhookEndpointEvent> aDay = later.state().deliveryFailed("timeout", now.plus(Duration.ofHours(24)),
                Duration.ofHours(24));

        assertThat(first.isUnchanged()).isTrue();
        assertThat(later.state().active()).isTrue();
        assertThat(aDay.state().active()).isFalse();
        assertThat(aDay.events()).containsExactly(new WebhookEndpointDisabled("ep1", "https://hooks.example.com", now,
                "timeout"));
        assertThat(aDay.state().deliveryFailed("timeout", now.plus(Duration.ofHours(30)), Duration.ofHours(24))
                .events()).as("disabled once").isEmpty();
    }

    @Test
    void a_success_ends_the_run_of_failures_and_turning_it_on_again_starts_afresh() {
        WebhookEndpoint failing = endpoint.deliveryFailed("HTTP 500", now, Duration.ofHours(24)).state();
        WebhookEndpoint disabled = failing.deliveryFailed("HTTP 500", now.plus(Duration.ofDays(1)),
                Duration.ofHours(24)).state();

        assertThat(failing.deliverySucceeded().failingSince()).isNull();
        WebhookEndpoint again = disabled.revise(disabled.url(), Set.of(), true, null);
        assertThat(again.active()).isTrue();
        assertThat(again.failingSince()).isNull();
        assertThat(again.disabledReason()).isNull();
    }

    @Test
    void an_endpoint_without_event_types_wants_every_type() {
        assertThat(endpoint.wants("io.headcount.offer.OfferExtended.v1")).isTrue();
        assertThat(endpoint.revise(endpoint.url(), Set.of("io.headcount.offer.OfferExtended.v1"), true, null)
                .wants("io.headcount.candidate.CandidateSourced.v1")).isFalse();
    }
}
