package io.headcount.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring context at the shared test broker and store (a database named after the application) and at the
 * test token issuer. Same configuration in every test class of a module, so Spring reuses the context.
 */
public class HeadcountInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "test") + "-test";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("headcount-test-infrastructure",
                Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                        "spring.mongodb.uri", infrastructure.mongoUri(database),
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        TestTokens.issuer().jwkSetUri().toString())));
    }
}
