package io.headcount.webhook.endpoint.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TargetPolicyTest {

    /** Names resolve as listed here, never through the network. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "metadata.internal", "169.254.169.254",
            "sneaky.example.com", "10.1.2.3",
            "receiver.local", "127.0.0.1");

    private final TargetPolicy policy = new TargetPolicy(List.of(), TargetPolicyTest::resolve);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost.localdomain.invalid/x",
            "https://169.254.169.254/latest/meta-data", "https://10.0.0.7/hook", "https://172.16.5.4/hook",
            "https://192.168.1.10/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::1]/hook",
            "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://metadata.internal/x",
            "https://sneaky.example.com/x", "https://224.0.0.1/hook"})
    void targets_on_loopback_link_local_private_and_special_ranges_are_refused(String url) {
        assertThat(policy.refusal(url)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://93.184.216.34/hook, must use https",
            "https://user:pw@hooks.example.com/hook, without credentials",
            "hooks.example.com/hook, absolute URL",
            "https://nowhere.invalid/hook, does not resolve",
            "https://93.184.216.34:99999/hook, a port is 1 to 65535",
            "https://93.184.216.34:0/hook, a port is 1 to 65535"})
    void a_public_target_must_still_be_a_plain_https_url(String url, String reason) {
        assertThat(policy.refusal(url)).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://hooks.example.com/headcount", "https://93.184.216.34:8443/x?team=a"})
    void a_public_https_target_is_accepted(String url) {
        assertThat(policy.refusal(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1, http://127.0.0.1:9999/hook", "10.0.0.0/8, https://sneaky.example.com/x",
            "receiver.local, http://receiver.local:8080/hook", "fd00::/8, https://[fd00::1]/hook"})
    void the_operator_can_allow_internal_targets_which_may_then_use_http(String allowed, String url) {
        assertThat(new TargetPolicy(List.of(allowed), TargetPolicyTest::resolve).refusal(url)).isEmpty();
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
    }
}
