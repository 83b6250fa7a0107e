package org.sendacc.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or a block of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), and the one parser of address text
 * in the server: literals only. Text that is not an IPv4 or IPv6 literal (a host name in {@code X-Forwarded-For}, say)
 * is refused, never looked up in DNS.
 */
public record AddressBlock(byte[] network, int prefixBits) {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public AddressBlock {
        network = network.clone();
        if (prefixBits < 0 || prefixBits > network.length * 8) {
            throw new IllegalArgumentException(
                    "a /" + prefixBits + " block of a " + network.length * 8 + "-bit address");
        }
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    /**
     * Parses {@code ADDRESS} or {@code ADDRESS/BITS}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static AddressBlock parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(address)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an IP address or block"))
                .getAddress();
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has no number of bits after its /", e);
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("'" + text + "': /" + bits + " is not a prefix of this address");
            }
        }
        return new AddressBlock(bytes, bits);
    }

    /**
     * An IPv4 or IPv6 literal, with an IPv4-mapped IPv6 address read as the IPv4 address it is; empty for anything
     * else. A port ({@code 192.0.2.1:443}, {@code [2001:db8::1]:443}) is dropped, as proxies sometimes add one.
     */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            value = value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':'));
        }
        boolean v4 = IPV4.matcher(value).matches();
        if (v4) {
            for (String octet : value.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty(); // else getByName would take it for a host name
                }
            }
        } else if (!(value.contains(":") && IPV6.matcher(value).matches())) {
            return Optional.empty();
        }
        try {
            // a literal of the right shape: getByName parses it and does no lookup
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} is in this block (an IPv4 address is never in an IPv6 block, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        for (int index = 0; index < whole; index++) {
            if (bytes[index] != network[index]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressBlock block
                && block.prefixBits == prefixBits
                && Arrays.equals(block.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
