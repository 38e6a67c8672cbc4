package io.headcount.candidate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** Owns requisitions, candidates, their search and each candidate's pipeline view. */
@SpringBootApplication
public class CandidateServiceApplication {

    /** The name of this application's configuration file (candidate-service.yml); several applications share one JVM locally. */
    public static final String CONFIG_NAME = "candidate-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(CandidateServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }
}
