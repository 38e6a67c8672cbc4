package io.headcount.webhook.delivery.infrastructure;

import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.DeliveryStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document(MongoDeliveryRepository.COLLECTION)
record DeliveryDocument(@Id String id, String teamId, String endpointId, String eventId, String eventType,
                        String orderKey, long sequence, String body, DeliveryStatus status, int attempts,
                        Instant nextAttemptAt, Instant firstFailureAt, Instant lastAttemptAt, Integer lastStatusCode,
                        Long lastLatencyMillis, String lastError, Instant createdAt, Instant deliveredAt,
                        boolean erased, long version) {

    static DeliveryDocument from(Delivery d, long version) {
        return new DeliveryDocument(d.id(), d.teamId(), d.endpointId(), d.eventId(), d.eventType(), d.orderKey(),
                d.sequence(), d.body(), d.status(), d.attempts(), d.nextAttemptAt(), d.firstFailureAt(),
                d.lastAttemptAt(), d.lastStatusCode(), d.lastLatencyMillis(), d.lastError(), d.createdAt(),
                d.deliveredAt(), d.erased(), version);
    }

    Delivery toModel() {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body, status, attempts,
                nextAttemptAt, firstFailureAt, lastAttemptAt, lastStatusCode, lastLatencyMillis, lastError,
                createdAt, deliveredAt, erased, version);
    }
}
