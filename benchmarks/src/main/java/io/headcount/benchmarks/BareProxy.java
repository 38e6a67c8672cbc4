package io.headcount.benchmarks;

import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The cheapest proxy hop there is, as a yardstick for the gateway: Reactor Netty (the gateway's own server and client)
 * passing requests and answers through to one service with pooled connections, and doing nothing else — no token
 * check, no routing table, no limits, no breaker, no metrics or traces. Whatever a real gateway costs above this is
 * its own work; what this costs is the price of any extra HTTP hop on the machine.
 */
final class BareProxy implements AutoCloseable {

    private final ConnectionProvider connections = ConnectionProvider.create("bare-proxy", 500);
    /** Its own event loops, so profiles tell its threads from the gateway's. */
    private final LoopResources loops = LoopResources.create("bare-proxy");
    private final DisposableServer server;

    BareProxy(String target) {
        HttpClient client = HttpClient.create(connections).runOn(loops).baseUrl(target);
        server = HttpServer.create().runOn(loops).host("localhost").port(0)
                .handle((request, response) -> client
                        .headers(headers -> headers.set(request.requestHeaders()))
                        .request(request.method()).uri(request.uri())
                        .send(request.receive().retain())
                        .response((answer, body) -> response.status(answer.status())
                                .headers(answer.responseHeaders()).send(body.retain()))
                        .then())
                .bindNow();
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
        connections.dispose();
        loops.dispose();
    }
}
