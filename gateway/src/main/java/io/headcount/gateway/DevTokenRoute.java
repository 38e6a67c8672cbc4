package io.headcount.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Only in the local profile: {@code GET /dev/token?user=alice} reaches the development token issuer. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevTokenRoute {

    @Bean
    RouteLocator devTokenIssuerRoute(RouteLocatorBuilder routes,
                                     @Value("${HEADCOUNT_DEV_ISSUER_URL:http://localhost:8090}") String issuer) {
        return routes.routes().route("dev-token-issuer", route -> route.path("/dev/token").uri(issuer)).build();
    }
}
