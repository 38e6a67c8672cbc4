package io.headcount.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on this machine: {@code /<path>} records every request and answers as told — 200, a fixed
 * error, or errors for the first n requests.
 */
final class Receiver implements AutoCloseable {

    record Request(String path, String signature, String deliveryId, String eventId, String contentType,
                   String body, int answered, Map<String, String> headers) {

        /** A header by its name in lower case. */
        String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final Map<String, List<Request>> requests = new ConcurrentHashMap<>();
    private final Map<String, Integer> failFirst = new ConcurrentHashMap<>();
    private final Map<String, Integer> failAlways = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int n = seen.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            int status = failAlways.containsKey(path) ? failAlways.get(path)
                    : n <= failFirst.getOrDefault(path, 0) ? 500 : 200;
            requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Request(path,
                    exchange.getRequestHeaders().getFirst("Headcount-Signature"),
                    exchange.getRequestHeaders().getFirst("Headcount-Delivery-Id"),
                    exchange.getRequestHeaders().getFirst("Headcount-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, status,
                    lowerCased(exchange.getRequestHeaders())));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private static Map<String, String> lowerCased(Map<String, List<String>> headers) {
        Map<String, String> lower = new java.util.HashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        return Map.copyOf(lower);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void failFirst(String path, int times) {
        failFirst.put(path, times);
    }

    void failAlways(String path, int status) {
        failAlways.put(path, status);
    }

    void recover(String path) {
        failAlways.remove(path);
    }

    List<Request> requests(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    List<Request> delivered(String path) {
        return requests(path).stream().filter(request -> request.answered() == 200).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
