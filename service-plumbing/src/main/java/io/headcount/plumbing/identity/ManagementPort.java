package io.headcount.plumbing.identity;

import org.springframework.core.env.Environment;

/** The Actuator's own port when it has one apart from the API's (compose, Kubernetes: 9091); otherwise -1. */
public final class ManagementPort {

    private ManagementPort() {
    }

    public static int of(Environment environment) {
        int management = environment.getProperty("management.server.port", Integer.class, -1);
        int server = environment.getProperty("server.port", Integer.class, 8080);
        return management > 0 && management != server ? management : -1;
    }
}
