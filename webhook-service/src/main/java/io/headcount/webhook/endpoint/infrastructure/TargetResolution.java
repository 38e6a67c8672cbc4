package io.headcount.webhook.endpoint.infrastructure;

import io.headcount.webhook.WebhookProperties;
import io.headcount.webhook.endpoint.model.TargetPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;
import java.util.List;

/** The target policy with the configured allow-list, resolving host names through the system's resolver. */
@Configuration
class TargetResolution {

    @Bean
    TargetPolicy targetPolicy(WebhookProperties properties) {
        return new TargetPolicy(properties.allowedTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }
}
