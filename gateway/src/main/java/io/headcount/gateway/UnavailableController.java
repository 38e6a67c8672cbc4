package io.headcount.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the circuit breaker sends a request whose service is down or too slow: a 503 problem, not a hang. */
@RestController
class UnavailableController {

    @RequestMapping("/unavailable/{service}")
    ResponseEntity<String> unavailable(@PathVariable String service) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(GatewayProblems.unavailable(service));
    }
}
