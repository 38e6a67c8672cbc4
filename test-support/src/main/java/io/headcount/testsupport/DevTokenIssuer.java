package io.headcount.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A development token issuer: signs JWTs for the demo users of two teams and serves its public key as a JWKS, like
 * a real OIDC issuer does. For tests and the local platform only; production points the services at a real issuer.
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String ISSUER = "https://dev-issuer.headcount.local";
    /** The audience every Headcount application expects (HEADCOUNT_JWT_AUDIENCE). */
    public static final String AUDIENCE = "headcount-api";
    private static final Duration LIFETIME = Duration.ofHours(8);

    /** Demo users: name → (team, roles). */
    public static final Map<String, DemoUser> DEMO_USERS = Map.of(
            "alice", new DemoUser("alice", List.of("team-a"), List.of("RECRUITER")),
            "hank", new DemoUser("hank", List.of("team-a"), List.of("HIRING_MANAGER")),
            "ivan", new DemoUser("ivan", List.of("team-a"), List.of("INTERVIEWER")),
            "aria", new DemoUser("aria", List.of("team-a"), List.of("APPROVER")),
            "tess", new DemoUser("tess", List.of("team-a"), List.of("TEAM_ADMIN")),
            "bob", new DemoUser("bob", List.of("team-b"), List.of("RECRUITER")),
            "bea", new DemoUser("bea", List.of("team-b"), List.of("TEAM_ADMIN", "HIRING_MANAGER")));

    private final RSAKey key;
    private final HttpServer server;

    private DevTokenIssuer(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    /** Starts the issuer on {@code port} (0: any free port) of the loopback interface. */
    public static DevTokenIssuer start(int port) {
        return start(new InetSocketAddress("127.0.0.1", port));
    }

    /** Starts the issuer on an address of one's choice (a container's: every interface). */
    public static DevTokenIssuer start(InetSocketAddress address) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(address, 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server);
            server.createContext("/.well-known/jwks.json", exchange ->
                    issuer.reply(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/dev/token", issuer::mintForDemoUser);
            server.start();
            return issuer;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("cannot start the dev token issuer", e);
        }
    }

    public URI jwkSetUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String tokenFor(String demoUser) {
        DemoUser user = DEMO_USERS.get(demoUser);
        if (user == null) {
            throw new IllegalArgumentException("no demo user " + demoUser + "; known: " + DEMO_USERS.keySet());
        }
        return mint(user.name(), user.teams(), user.roles());
    }

    public String mint(String subject, List<String> teams, List<String> roles) {
        return mint(subject, teams, roles, UnaryOperator.identity());
    }

    /** A token whose claims a test adjusts (expired, another issuer or audience...), signed with this issuer's key. */
    public String mint(String subject, List<String> teams, List<String> roles,
                       UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return sign(key, adjust.apply(claims(subject, teams, roles)).build());
    }

    /**
     * A well-formed RS256 token for a demo user, with this issuer's key id, issuer and audience, signed by another
     * key: what an attacker who knows everything but the private key can make.
     */
    public String forgedFor(String demoUser) {
        DemoUser user = DEMO_USERS.get(demoUser);
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(other, claims(user.name(), user.teams(), user.roles()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> teams, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(subject).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("teams", teams).claim("roles", roles);
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code GET /dev/token?user=alice}: a token and who it is for. An unknown user is a 400 problem+json naming the
     * {@code user} parameter and listing the demo users with their roles.
     */
    private void mintForDemoUser(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String user = query != null && query.startsWith("user=") ? query.substring(5) : "";
        var json = Api.JSON.createObjectNode();
        if (!DEMO_USERS.containsKey(user)) {
            String message = "is not a demo user; known: " + DEMO_USERS.values().stream().sorted(
                    java.util.Comparator.comparing(DemoUser::name)).map(known -> known.name() + " ("
                    + String.join("+", known.roles()) + ", " + String.join("+", known.teams()) + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            json.put("type", "https://headcount.io/problems/invalid-request").put("title", "Invalid request")
                    .put("status", 400).put("detail", "user: " + message);
            json.putArray("errors").addObject().put("field", "user").put("message", message);
            var users = json.putArray("knownUsers");
            DEMO_USERS.keySet().stream().sorted().forEach(users::add);
            reply(exchange, 400, "application/problem+json", json.toString());
            return;
        }
        DemoUser known = DEMO_USERS.get(user);
        json.put("access_token", tokenFor(user)).put("token_type", "Bearer").put("expires_in", LIFETIME.toSeconds())
                .put("user", known.name());
        known.teams().forEach(json.putArray("teams")::add);
        known.roles().forEach(json.putArray("roles")::add);
        reply(exchange, 200, "application/json", json.toString());
    }

    private void reply(HttpExchange exchange, int status, String json) throws IOException {
        reply(exchange, status, "application/json", json);
    }

    private void reply(HttpExchange exchange, int status, String contentType, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record DemoUser(String name, List<String> teams, List<String> roles) {
    }
}
