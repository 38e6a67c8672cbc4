package io.headcount.webhook.delivery.model;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a delivery: header {@code Headcount-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code <t>.<body>} with the endpoint's secret (the whole string, {@code whsec_} included, as UTF-8 bytes). A
 * receiver recomputes it over the raw body, compares in constant time and refuses a {@code t} too far from now.
 */
public final class WebhookSignature {

    public static final String HEADER = "Headcount-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /** Whether {@code header} signs {@code body} with {@code secret}, no more than {@code toleranceSeconds} old. */
    public static boolean verify(String secret, String header, String body, long nowSeconds, long toleranceSeconds) {
        long timestamp = -1;
        String signature = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(part.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        if (signature == null || timestamp < 0 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
