package com.estate.gateway.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of IPv4 or IPv6 addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare address is a
 * block of one. IPv4-mapped IPv6 addresses are IPv4 here, so {@code 10.0.0.0/8} contains {@code ::ffff:10.1.2.3}.
 * Host bits must be zero: {@code 10.0.0.1/8} is refused rather than silently widened, since it is a security setting
 * and usually a typo.
 */
public final class CidrBlock {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}");

    private final byte[] network;
    private final int prefixLength;

    private CidrBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses {@code address[/prefix-length]}; the binder calls it for {@code app.trusted-proxies}. */
    public static CidrBlock of(String text) {
        String block = text.strip();
        int slash = block.indexOf('/');
        InetAddress address = IpLiteral.address(slash < 0 ? block : block.substring(0, slash))
                .orElseThrow(() -> invalid(text, "is not a CIDR block (an IPv4 or IPv6 address, then optionally / and "
                        + "a prefix length; no host names)"));
        byte[] bytes = address.getAddress();
        int bits = bytes.length * 8;
        int prefixLength = slash < 0 ? bits : prefixLength(text, block.substring(slash + 1), bits);
        byte[] network = mask(bytes, prefixLength);
        if (!Arrays.equals(network, bytes)) {
            throw invalid(text, "has host bits set: did you mean " + format(network, prefixLength) + "?");
        }
        return new CidrBlock(network, prefixLength);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = IpLiteral.normalise(address).getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
    }

    @Override
    public String toString() {
        return format(network, prefixLength);
    }

    private static int prefixLength(String text, String digits, int bits) {
        if (!NUMBER.matcher(digits).matches()) {
            throw invalid(text, "is not a CIDR block (the prefix length after / must be a number)");
        }
        int length = Integer.parseInt(digits);
        if (length < 0 || length > bits) {
            throw invalid(text, "is not a valid CIDR block: prefix length must be 0-" + bits + " for an IPv"
                    + (bits == 32 ? 4 : 6) + " address");
        }
        return length;
    }

    private static byte[] mask(byte[] address, int prefixLength) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.clamp(prefixLength - i * 8L, 0, 8);
            masked[i] &= (byte) (0xff << (8 - keep));
        }
        return masked;
    }

    private static String format(byte[] network, int prefixLength) {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException("'" + text + "' " + problem);
    }
}
