package io.headcount.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Where the circuit breaker sends a request whose service is down or too slow: a 503 problem, not a hang. */
@RestController
class UnavailableController {

    @RequestMapping("/unavailable/{service}")
    ProblemDetail unavailable(@PathVariable String service) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is not answering; retry shortly (POSTs are safe to retry with the same Idempotency-Key)");
        problem.setType(URI.create("https://headcount.io/problems/service-unavailable"));
        problem.setTitle("Service unavailable");
        return problem;
    }
}
