package io.headcount.plumbing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The service's edge, before anything else reads the request: a body larger than the limit is a 413 problem
 * (declared by Content-Length or found while reading a chunked body, which is then read into memory, since bodies
 * here are small), and forwarded headers are dropped unless they come from a trusted proxy, so no client can make
 * the service build links to a host of its choosing.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final long maxBodyBytes;
    private final TrustedProxies trustedProxies;

    public RequestLimitsFilter(long maxBodyBytes, TrustedProxies trustedProxies) {
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = trustedProxies.trusts(request.getRemoteAddr()) ? request
                : new WithoutForwardedHeaders(request);
        if (!BODY_METHODS.contains(request.getMethod())) {
            chain.doFilter(checked, response);
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(checked, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(checked, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large",
                "the request body is larger than " + maxBodyBytes + " bytes", null);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    /** Forwarded, X-Forwarded-*: only believed from the gateway's addresses. */
    private static final class WithoutForwardedHeaders extends HttpServletRequestWrapper {

        WithoutForwardedHeaders(HttpServletRequest request) {
            super(request);
        }

        private static boolean forwarded(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
        }

        @Override
        public String getHeader(String name) {
            return forwarded(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return forwarded(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream().filter(n -> !forwarded(n))
                    .toList();
            return Collections.enumeration(names);
        }
    }
}
