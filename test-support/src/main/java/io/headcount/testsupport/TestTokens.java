package io.headcount.testsupport;

import java.util.List;

/** Bearer tokens for tests, signed by the one dev issuer of this test JVM. */
public final class TestTokens {

    private static volatile DevTokenIssuer issuer;

    private TestTokens() {
    }

    public static DevTokenIssuer issuer() {
        if (issuer == null) {
            synchronized (TestTokens.class) {
                if (issuer == null) {
                    issuer = DevTokenIssuer.start(0);
                    Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "dev-issuer-shutdown"));
                }
            }
        }
        return issuer;
    }

    public static String of(String demoUser) {
        return issuer().tokenFor(demoUser);
    }

    public static String with(String subject, List<String> teams, List<String> roles) {
        return issuer().mint(subject, teams, roles);
    }

    /** The ways a bearer token can be wrong while looking right; each must be a 401. */
    public static java.util.Map<String, String> invalidFor(String demoUser) {
        DevTokenIssuer.DemoUser user = DevTokenIssuer.DEMO_USERS.get(demoUser);
        java.time.Instant past = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
        return java.util.Map.of(
                "signed by another key", issuer().forgedFor(demoUser),
                "expired", issuer().mint(user.name(), user.teams(), user.roles(), claims -> claims
                        .issueTime(java.util.Date.from(past.minusSeconds(3600)))
                        .expirationTime(java.util.Date.from(past))),
                "another issuer", issuer().mint(user.name(), user.teams(), user.roles(), claims -> claims
                        .issuer("https://evil.example")),
                "another audience", issuer().mint(user.name(), user.teams(), user.roles(), claims -> claims
                        .audience("some-other-api")),
                "no audience", issuer().mint(user.name(), user.teams(), user.roles(), claims -> claims
                        .audience((String) null)),
                "alg none", unsigned(user),
                "garbage", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
    }

    private static String unsigned(DevTokenIssuer.DemoUser user) {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"sub\":\"" + user.name() + "\",\"iss\":\""
                + DevTokenIssuer.ISSUER + "\",\"aud\":\"" + DevTokenIssuer.AUDIENCE + "\",\"exp\":4102444800,"
                + "\"teams\":[\"team-a\"],\"roles\":[\"TEAM_ADMIN\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
