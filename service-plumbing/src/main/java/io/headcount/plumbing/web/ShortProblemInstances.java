package io.headcount.plumbing.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.net.URI;

/** A problem's {@code instance} is the request path, which a client controls: never echo 10 KB of it back. */
@ControllerAdvice
public class ShortProblemInstances implements ResponseBodyAdvice<Object> {

    private static final int MAX_INSTANCE = 200;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getInstance() != null
                && problem.getInstance().toString().length() > MAX_INSTANCE) {
            String cut = problem.getInstance().toString().substring(0, MAX_INSTANCE).replaceAll("%[0-9A-Fa-f]?$", "");
            try {
                problem.setInstance(URI.create(cut));
            } catch (IllegalArgumentException e) {
                problem.setInstance(null);
            }
        }
        return body;
    }
}
