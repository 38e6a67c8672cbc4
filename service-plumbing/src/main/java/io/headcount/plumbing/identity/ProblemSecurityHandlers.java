package io.headcount.plumbing.identity;

import io.headcount.plumbing.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, like every other error. */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "send a valid bearer token in the Authorization header", null);
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", exception.getMessage(), null);
    }
}
