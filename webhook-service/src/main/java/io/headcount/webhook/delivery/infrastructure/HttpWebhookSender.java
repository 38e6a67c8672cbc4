package io.headcount.webhook.delivery.infrastructure;

import io.headcount.webhook.WebhookProperties;
import io.headcount.webhook.delivery.application.WebhookSender;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.StandardWebhookSignature;
import io.headcount.webhook.delivery.model.WebhookSignature;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * POSTs a delivery with the JDK's HTTP client: no redirects followed (a redirect could lead anywhere), the
 * configured time limit, the body discarded. Headers: {@code Content-Type: application/cloudevents+json},
 * {@code Headcount-Signature}, {@code Headcount-Delivery-Id}, {@code Headcount-Event-Id}, and the Standard Webhooks
 * trio {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}.
 */
@Component
class HttpWebhookSender implements WebhookSender {

    private final HttpClient client;
    private final WebhookProperties properties;
    private final Clock clock;

    HttpWebhookSender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
    }

    @Override
    public Outcome send(String url, String secret, Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.timeout())
                .header("Content-Type", "application/cloudevents+json")
                .header("User-Agent", "Headcount-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, delivery.body()))
                .header("Headcount-Delivery-Id", delivery.id())
                .header("Headcount-Event-Id", delivery.eventId())
                .header(StandardWebhookSignature.ID, delivery.id())
                .header(StandardWebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(StandardWebhookSignature.SIGNATURE,
                        StandardWebhookSignature.signature(secret, delivery.id(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), (System.nanoTime() - started) / 1_000_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, (System.nanoTime() - started) / 1_000_000, "interrupted");
        } catch (Exception e) {
            return new Outcome(null, (System.nanoTime() - started) / 1_000_000,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
