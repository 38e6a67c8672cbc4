package io.headcount.webhook.delivery.model;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> signature, sent with every delivery next to
 * {@link WebhookSignature}: headers {@code webhook-id} (the delivery id: the same on a retry and a redelivery),
 * {@code webhook-timestamp} (unix seconds) and {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code <id>.<timestamp>.<body>}. The key is the secret's part after {@code whsec_}, base64-decoded — not the text
 * of the secret, which is what {@link WebhookSignature} keys with. Secrets issued before Standard Webhooks signing
 * were URL-safe base64; they are decoded as such.
 */
public final class StandardWebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String PREFIX = "whsec_";

    private StandardWebhookSignature() {
    }

    public static String signature(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The key bytes: the base64 after {@code whsec_} decoded (standard alphabet, or URL-safe for older secrets). */
    static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        boolean urlSafe = encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0;
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(encoded);
    }
}
