package io.headcount.plumbing.domain;

import java.net.URI;
import java.net.URISyntaxException;

/** Links users give (video calls, repositories): absolute https URLs with a host, of bounded length. */
public final class HttpsUrls {

    private HttpsUrls() {
    }

    public static boolean isValid(String value, int maxLength) {
        if (value == null || value.length() > maxLength) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
