package io.headcount.plumbing.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The addresses whose forwarded headers a service believes (the gateway's), as CIDR blocks; none by default. */
public final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static TrustedProxies of(List<String> cidrs) {
        return new TrustedProxies(cidrs.stream().filter(c -> !c.isBlank()).map(Block::parse).toList());
    }

    public boolean trusts(String address) {
        if (blocks.isEmpty() || address == null) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return blocks.stream().anyMatch(block -> block.contains(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            String[] parts = cidr.trim().split("/");
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
                return new Block(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
