package io.headcount.webhook.delivery.application;

import io.headcount.webhook.delivery.model.Delivery;

/** Sends one delivery to a URL, signed with a secret. */
public interface WebhookSender {

    /**
     * @param statusCode the endpoint's answer, null when there was none (refused, timed out)
     * @param error      what went wrong, null on a 2xx
     */
    record Outcome(Integer statusCode, long latencyMillis, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public String failure() {
            return statusCode != null ? "HTTP " + statusCode : error;
        }
    }

    Outcome send(String url, String secret, Delivery delivery);
}
