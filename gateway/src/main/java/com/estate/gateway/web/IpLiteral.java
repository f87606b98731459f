package com.estate.gateway.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strict IP address literals, as proxies write them. No host names (resolving one per request would be slow, and a
 * name is not an address), no legacy IPv4 spellings such as {@code 1.2.3}, {@code 0x7f.1} or {@code 2130706433}
 * (which {@link InetAddress#getByName} accepts), no IPv6 zone ids. IPv4-mapped IPv6 addresses become IPv4.
 */
final class IpLiteral {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private IpLiteral() {
    }

    /** A bare address: {@code 203.0.113.9}, {@code 2001:db8::1}, {@code ::ffff:203.0.113.9}. */
    static Optional<InetAddress> address(String text) {
        if (IPV4.matcher(text).matches()) {
            return Optional.of(ipv4(text));
        }
        if (text.indexOf(':') < 0 || !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // In brackets the JDK only parses an IPv6 literal and never falls back to a name lookup.
            return Optional.of(InetAddress.getByName("[" + text + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * A hop of a forwarding header: an address with an optional port, IPv6 in brackets when it has one
     * ({@code 203.0.113.9:4711}, {@code [2001:db8::1]:4711}, {@code [2001:db8::1]}, {@code 2001:db8::1}).
     */
    static Optional<InetAddress> node(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            String inner = close < 0 ? "" : text.substring(1, close);
            boolean valid = inner.indexOf(':') >= 0 && isPortSuffix(text.substring(close + 1));
            return valid ? address(inner) : Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && colon == text.lastIndexOf(':')) {
            String host = text.substring(0, colon);
            boolean valid = IPV4.matcher(host).matches() && isPortSuffix(text.substring(colon));
            return valid ? address(host) : Optional.empty();
        }
        return address(text);
    }

    /** IPv4-mapped IPv6 addresses (as a dual-stack socket may report a peer) as IPv4; zone ids dropped. */
    static InetAddress normalise(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an address", e);
        }
    }

    private static boolean isPortSuffix(String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        String port = suffix.substring(1);
        return suffix.charAt(0) == ':' && PORT.matcher(port).matches() && Integer.parseInt(port) <= 65_535;
    }

    private static InetAddress ipv4(String text) {
        String[] octets = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(octets[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }
}
