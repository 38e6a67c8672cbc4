package io.headcount.testsupport;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The dev token issuer as an application of its own, for docker compose and a dev cluster: JWKS at
 * {@code /.well-known/jwks.json}, demo tokens at {@code /dev/token?user=alice}. Never for production (anyone can get a
 * token); production points the services at a real OIDC issuer.
 */
public final class DevIssuerMain {

    private DevIssuerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8090"));
        DevTokenIssuer issuer = DevTokenIssuer.start(new InetSocketAddress("0.0.0.0", port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            stopped.countDown();
        }));
        System.out.println("dev token issuer on port " + issuer.port() + " (demo users: "
                + DevTokenIssuer.DEMO_USERS.keySet() + ")");
        stopped.await();
    }
}
