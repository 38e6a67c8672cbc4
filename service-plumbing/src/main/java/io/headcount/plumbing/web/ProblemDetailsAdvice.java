package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.StaleVersionException;
import io.headcount.plumbing.domain.UnprocessableException;
import io.headcount.plumbing.identity.ForbiddenException;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves as application/problem+json; a stack trace never does. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
        if (e.existing() != null) {
            problem.setProperty("existing", ResourceLinks.pathOf(e.existing()));
        }
        var response = org.springframework.http.ResponseEntity.status(HttpStatus.CONFLICT);
        if (e.retryAfter() != null) {
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            problem.setProperty("retryAfterSeconds", seconds);
            response.header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return response.body(problem);
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Unprocessable",
                e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", e.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
                e.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", "a record with the same identity exists");
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return Problems.invalidFields(List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return Problems.invalidFields(e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    /** The store or broker failed for a moment (failover, a dropped connection): nothing was written; retry. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            UncategorizedDataAccessException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.warn("store failure answered with 503", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                        "the data store failed to answer; retry (with the same Idempotency-Key for a POST)"));
    }

    /** Tomcat could not decode a query parameter (not UTF-8, e.g. {@code ?cursor=%ff}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("Parameter \\[([A-Za-z][\\w.]{0,63})]")
                .matcher(String.valueOf(e.getMessage()));
        return Problems.invalidFields(List.of(new Problems.FieldError(name.find() ? name.group(1) : null,
                "is not valid percent-encoded UTF-8")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                Problems.NOTHING_CHANGED);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .collect(Collectors.toList());
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new Problems.FieldError(null, error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String message = JsonProblems.echo(ex.getValue()) + " is not a valid value";
        Class<?> type = ex.getRequiredType();
        if (type != null && type.isEnum()) {
            message = JsonProblems.echo(ex.getValue()) + " is not " + JsonProblems.oneOf(type);
        }
        return ResponseEntity.badRequest().body(Problems.invalidFields(List.of(new Problems.FieldError(field,
                message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalidFields(List.of(
                JsonProblems.fieldErrorOf(ex))));
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
