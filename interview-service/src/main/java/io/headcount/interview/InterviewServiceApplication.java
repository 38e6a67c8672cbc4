package io.headcount.interview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

/**
 * Owns the interview process: plans, loops (one per candidate and requisition) and their decisions, the question
 * bank, interviews, scorecards and take-homes. Scheduling runs the take-home expiry sweep.
 */
@SpringBootApplication
@EnableScheduling
public class InterviewServiceApplication {

    /** The name of this application's configuration file (interview-service.yml); several applications share one JVM locally. */
    public static final String CONFIG_NAME = "interview-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(InterviewServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }
}
