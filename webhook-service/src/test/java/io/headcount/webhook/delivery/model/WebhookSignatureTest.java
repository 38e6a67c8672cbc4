package io.headcount.webhook.delivery.model;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"candidateId\":\"c1\"}}";

    @Test
    void the_header_is_hmac_sha256_of_timestamp_dot_body_as_the_docs_describe() throws Exception {
        // the documented algorithm, computed independently of the class under test
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("1764400000." + BODY)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.header(SECRET, 1764400000L, BODY)).isEqualTo("t=1764400000,v1=" + expected);
    }

    @Test
    void a_receiver_accepts_the_signed_body_and_refuses_a_changed_body_another_secret_or_an_old_timestamp() {
        String header = WebhookSignature.header(SECRET, 1764400000L, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, 1764400010L, 300)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("c1", "c2"), 1764400010L, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, 1764400010L, 300)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, 1764400000L + 301, 300)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, 1764400000L, 300)).isFalse();
    }
}
