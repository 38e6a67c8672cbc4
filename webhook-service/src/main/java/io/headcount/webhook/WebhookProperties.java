package io.headcount.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param allowedTargets   CIDR blocks or host names exempt from the private-address refusal (and allowed plain http)
 * @param dispatchInterval how often the retry scan looks for due deliveries (new ones are handed over at once)
 * @param firstRetry       the wait after the first failure; it doubles per attempt, with ±20 % jitter
 * @param maxRetryInterval the longest wait between attempts
 * @param giveUpAfter      how long a delivery is retried (and an endpoint may fail before it is disabled)
 * @param timeout          one attempt's limit (connect and answer)
 * @param workers          attempts in flight at once (different endpoint/candidate pairs)
 */
@ConfigurationProperties("headcount.webhooks")
public record WebhookProperties(List<String> allowedTargets, Duration dispatchInterval, Duration firstRetry,
                                Duration maxRetryInterval, Duration giveUpAfter, Duration timeout, int workers) {

    public WebhookProperties {
        allowedTargets = allowedTargets == null ? List.of() : allowedTargets.stream().map(String::trim)
                .filter(target -> !target.isEmpty()).toList();
    }
}
