package io.headcount.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

/**
 * Delivers Headcount's events to the HTTPS endpoints teams register: CloudEvents in structured mode, signed with
 * the endpoint's secret, retried with back-off for a day, in order per candidate, with a delivery log and redelivery.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookServiceApplication {

    /** The name of this application's configuration file (webhook-service.yml). */
    public static final String CONFIG_NAME = "webhook-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(WebhookServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }
}
