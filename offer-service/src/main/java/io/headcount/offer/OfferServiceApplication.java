package io.headcount.offer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

/** Owns offers (versioned), who may receive one, and (later) pay bands and approval chains. */
@SpringBootApplication
@EnableScheduling
public class OfferServiceApplication {

    /** The name of this application's configuration file (offer-service.yml); several applications share one JVM locally. */
    public static final String CONFIG_NAME = "offer-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(OfferServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }
}
