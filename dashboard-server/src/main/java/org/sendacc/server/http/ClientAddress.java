package org.sendacc.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Who a request comes from, for the rate limit (docs/security.md, "Behind a proxy").
 *
 * <p>The connection's peer, unless that peer is one of the configured trusted proxies: then the client is the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy (the one the nearest trusted
 * proxy saw; anything to its left was written by the client and proves nothing). With no trusted proxy configured,
 * {@code X-Forwarded-For} is ignored. IPv6 clients are counted by their /64, the block one household or one host is
 * given: one machine can use every address in it.
 */
public final class ClientAddress {
    private final List<AddressBlock> trustedProxies;

    public ClientAddress(List<AddressBlock> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** Whether the address is one of the trusted proxies. */
    public boolean isTrustedProxy(InetAddress address) {
        for (AddressBlock block : trustedProxies) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client of a request that came from {@code peer} with these {@code X-Forwarded-For} values (the header may
     * repeat; its values are read in order). Empty when the peer is not an address (null: a Unix socket).
     */
    public Optional<InetAddress> client(InetAddress peer, List<String> forwardedFor) {
        Optional<InetAddress> direct = Optional.ofNullable(peer);
        if (direct.isEmpty() || !isTrustedProxy(direct.get())) {
            return direct;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(hop -> !hop.isEmpty())
                .toList();
        InetAddress client = direct.get();
        for (int index = hops.size() - 1; index >= 0; index--) {
            Optional<InetAddress> hop = AddressBlock.literal(hops.get(index));
            if (hop.isEmpty()) {
                // not an address (a name, "unknown", garbage): the last address we could trust stands
                return Optional.of(client);
            }
            client = hop.get();
            if (!isTrustedProxy(client)) {
                return Optional.of(client);
            }
        }
        return Optional.of(client);
    }

    /**
     * Who sent a request, as this server can tell.
     *
     * @param client the client's address, or empty when the peer is not an address
     * @param forwarded whether the request named a client of its own ({@code X-Forwarded-For} or {@code Forwarded}):
     *     a loopback peer that does so is a proxy on this host, not a user at this machine
     */
    public record Seen(Optional<InetAddress> client, boolean forwarded) {
        /** A user at this machine, talking to the server directly (the demo on localhost). */
        public boolean isDirectLoopback() {
            return !forwarded && client.isPresent() && client.get().isLoopbackAddress();
        }

        /** The client's address as text, for the audit log; "unknown" when it has none. */
        public String text() {
            return client.map(InetAddress::getHostAddress).orElse("unknown");
        }
    }

    /** The client of a request, from its connection's peer and, behind a trusted proxy, its forwarding header. */
    public Seen seen(HttpServletRequest request) {
        boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
        // the peer as Jetty has it, an address already: no text to parse on every request
        InetSocketAddress socket = Request.getBaseRequest(request).getRemoteInetSocketAddress();
        return new Seen(
                client(
                        socket == null ? null : socket.getAddress(),
                        forwarded ? Collections.list(request.getHeaders("X-Forwarded-For")) : List.of()),
                forwarded);
    }

    /** The rate limit's bucket for an address: an IPv4 address itself, an IPv6 address's /64. */
    public static String bucket(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            return new AddressBlock(prefix64(bytes), 64).toString();
        }
        return address.getHostAddress();
    }

    private static byte[] prefix64(byte[] bytes) {
        byte[] network = bytes.clone();
        Arrays.fill(network, 8, 16, (byte) 0);
        return network;
    }
}
