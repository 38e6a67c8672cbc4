package io.headcount.plumbing.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds the plumbing's defaults (Kafka serializers, acks=all, idempotent producer, health groups...) with the lowest
 * precedence, so a service's application.yml, env vars and system properties all override them.
 */
public class PlumbingDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "headcount-plumbing-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() != WebApplicationType.SERVLET) {
            return; // the reactive gateway shares the local platform's JVM but not the services' plumbing
        }
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("headcount-plumbing-defaults", new ClassPathResource(RESOURCE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
