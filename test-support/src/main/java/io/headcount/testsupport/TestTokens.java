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
}
