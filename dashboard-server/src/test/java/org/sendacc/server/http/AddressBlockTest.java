package org.sendacc.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressBlockTest {
    private static InetAddress address(String text) {
        return AddressBlock.literal(text).orElseThrow();
    }

    @Test
    void onlyLiteralsAreAddressesNothingIsLookedUp() {
        assertThat(AddressBlock.literal("192.0.2.1")).isPresent();
        assertThat(AddressBlock.literal("2001:db8::1")).isPresent();
        assertThat(AddressBlock.literal("[2001:db8::1]:443").map(InetAddress::getHostAddress))
                .hasValue("2001:db8:0:0:0:0:0:1");
        assertThat(AddressBlock.literal("192.0.2.1:8080").map(InetAddress::getHostAddress))
                .hasValue("192.0.2.1");
        // an IPv4-mapped IPv6 address is the IPv4 address
        assertThat(AddressBlock.literal("::ffff:192.0.2.1").map(InetAddress::getHostAddress))
                .hasValue("192.0.2.1");
        for (String notAnAddress : List.of("localhost", "example.com", "999.1.1.1", "1.2.3", "unknown", "", "[::1")) {
            assertThat(AddressBlock.literal(notAnAddress)).as(notAnAddress).isEmpty();
        }
    }

    @Test
    void aBlockContainsTheAddressesUnderItsPrefix() {
        AddressBlock ten = AddressBlock.parse("10.0.0.0/8");
        assertThat(ten.contains(address("10.255.1.2"))).isTrue();
        assertThat(ten.contains(address("11.0.0.1"))).isFalse();
        AddressBlock odd = AddressBlock.parse("192.0.2.64/26");
        assertThat(odd.contains(address("192.0.2.127"))).isTrue();
        assertThat(odd.contains(address("192.0.2.128"))).isFalse();
        assertThat(odd.contains(address("192.0.2.63"))).isFalse();
        AddressBlock one = AddressBlock.parse("127.0.0.1");
        assertThat(one.contains(address("127.0.0.1"))).isTrue();
        assertThat(one.contains(address("127.0.0.2"))).isFalse();
        assertThat(one.contains(address("::1"))).isFalse();
        assertThat(AddressBlock.parse("2001:db8::/32").contains(address("2001:db8:ffff::1")))
                .isTrue();
        assertThat(AddressBlock.parse("2001:db8::/32").contains(address("2001:db9::1")))
                .isFalse();
    }

    @Test
    void aBadBlockIsRefusedSayingWhy() {
        assertThatThrownBy(() -> AddressBlock.parse("proxy.internal")).hasMessageContaining("is not an IP address");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).hasMessageContaining("/33 is not a prefix");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/x")).hasMessageContaining("no number of bits");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertThat(ClientAddress.bucket(address("2001:db8:1:2::1")))
                .isEqualTo(ClientAddress.bucket(address("2001:db8:1:2:ffff:ffff:ffff:ffff")))
                .isNotEqualTo(ClientAddress.bucket(address("2001:db8:1:3::1")));
        assertThat(ClientAddress.bucket(address("192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedAddress() {
        ClientAddress clients = new ClientAddress(List.of(AddressBlock.parse("10.0.0.0/8")));
        // the peer is not a trusted proxy: what it says is ignored
        assertThat(clients.client(address("192.0.2.9"), List.of("198.51.100.1")).map(InetAddress::getHostAddress))
                .hasValue("192.0.2.9");
        // a trusted proxy: the last hop it saw, skipping other trusted proxies in the chain
        assertThat(clients.client(address("10.0.0.1"), List.of("203.0.113.5, 198.51.100.1, 10.0.0.2"))
                        .map(InetAddress::getHostAddress))
                .hasValue("198.51.100.1");
        // the header may repeat; its values are one list, in order
        assertThat(clients.client(address("10.0.0.1"), List.of("203.0.113.5", "198.51.100.2"))
                        .map(InetAddress::getHostAddress))
                .hasValue("198.51.100.2");
        // no header, or one with garbage at its end: the proxy (or the last trusted hop) is the client
        assertThat(clients.client(address("10.0.0.1"), List.of()).map(InetAddress::getHostAddress))
                .hasValue("10.0.0.1");
        assertThat(clients.client(address("10.0.0.1"), List.of("198.51.100.3, 10.0.0.7, garbage"))
                        .map(InetAddress::getHostAddress))
                .hasValue("10.0.0.1");
    }
}
