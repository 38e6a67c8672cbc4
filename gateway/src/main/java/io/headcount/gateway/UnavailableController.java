package io.headcount.gateway;

import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Where the circuit breaker sends a request whose service is down or too slow: a 503 problem, not a hang. */
@RestController
class UnavailableController {

    @RequestMapping("/unavailable/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerHttpResponse response) {
        return GatewayProblems.unavailable(response, service);
    }
}
