package io.headcount.webhook.delivery.model;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class StandardWebhookSignatureTest {

    @Test
    void the_signature_matches_the_standard_webhooks_specification_test_vector() {
        // the example of the Standard Webhooks specification and its reference libraries' tests
        String signature = StandardWebhookSignature.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void the_key_is_the_base64_after_the_prefix_decoded_and_older_url_safe_secrets_still_decode() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xF0 + i);
        }

        assertThat(StandardWebhookSignature.key("whsec_" + Base64.getEncoder().encodeToString(bytes)))
                .isEqualTo(bytes);
        assertThat(StandardWebhookSignature.key("whsec_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(bytes))).isEqualTo(bytes);
    }
}
