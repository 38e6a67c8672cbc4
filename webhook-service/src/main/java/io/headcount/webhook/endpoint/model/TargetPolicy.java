package io.headcount.webhook.endpoint.model;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where deliveries may go (server-side request forgery): an absolute https URL without credentials whose host
 * resolves only to public addresses. Loopback, link-local (cloud metadata at 169.254.169.254), private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), multicast and unspecified addresses are
 * refused unless the configuration's allow-list names the host or a block containing the address; an allow-listed
 * target may use plain http.
 */
public final class TargetPolicy {

    /** Looks a host name up: every address it resolves to. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowed;
    private final Resolver resolver;

    public TargetPolicy(List<String> allowed, Resolver resolver) {
        this.allowed = allowed.stream().map(entry -> entry.toLowerCase(Locale.ROOT)).toList();
        this.resolver = resolver;
    }

    /** Why {@code url} may not be a target, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute URL with a host, without credentials or fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of("has port " + uri.getPort() + "; a port is 1 to 65535");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean hostAllowed = allowed.contains(host);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + host);
        }
        boolean everyAddressAllowed = !addresses.isEmpty();
        for (InetAddress address : addresses) {
            boolean listed = hostAllowed || allowed.stream().anyMatch(block -> contains(block, address));
            if (!listed && isInternal(address)) {
                return Optional.of("resolves to " + address.getHostAddress() + ", a loopback, link-local or private "
                        + "address: webhooks go to public endpoints only");
            }
            everyAddressAllowed &= listed;
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && everyAddressAllowed)) {
            return Optional.of("must use https");
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64 // carrier-grade NAT 100.64.0.0/10
                || (bytes[0] & 0xff) == 0; // "this network" 0.0.0.0/8
    }

    /** Whether {@code block} (an address or CIDR block) contains {@code address}. */
    static boolean contains(String block, InetAddress address) {
        String[] parts = block.split("/", 2);
        InetAddress network;
        try {
            if (!parts[0].matches("[0-9a-f:.]+")) {
                return false; // a host name: matched by name
            }
            network = InetAddress.getByName(parts[0]);
        } catch (UnknownHostException e) {
            return false;
        }
        byte[] a = address.getAddress();
        byte[] n = network.getAddress();
        if (a.length != n.length) {
            return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : a.length * 8;
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (n[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
