package io.headcount.webhook.endpoint.application;

/** In-process notice that an endpoint was removed, for the features that keep records of it (the delivery log). */
public record EndpointDeleted(String endpointId) {
}
