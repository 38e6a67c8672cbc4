package io.headcount.insights;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/**
 * Hiring-funnel analytics built only from Headcount's events (it depends on the contracts, never on another
 * service's code or database): candidates per stage, pass-through, time in stage, time to hire, source of hire,
 * offer acceptance, scorecard recommendations — per requisition and team, with charts.
 */
@SpringBootApplication
public class InsightsServiceApplication {

    /** The name of this application's configuration file (insights-service.yml). */
    public static final String CONFIG_NAME = "insights-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(InsightsServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }
}
