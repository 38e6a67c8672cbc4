package io.headcount.webhook.delivery.model;

/** PENDING until the endpoint answers 2xx (DELIVERED) or the retries run out (FAILED, redeliverable). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
