package io.headcount.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** The one origin of Headcount's API: verifies the bearer token and routes by path prefix. Stateless. */
@SpringBootApplication
public class GatewayApplication {

    /** The name of this application's configuration file (gateway.yml); several applications share one JVM locally. */
    public static final String CONFIG_NAME = "gateway";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.setWebApplicationType(WebApplicationType.REACTIVE);
        return application;
    }
}
