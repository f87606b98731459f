package com.estate.gateway.web;

import static com.estate.gateway.web.Ips.ip;
import static com.estate.gateway.web.Ips.ipv6Mapped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrBlockTest {

    @Test
    void anIpv4BlockContainsExactlyItsAddresses() {
        CidrBlock block = CidrBlock.of("10.20.0.0/14");
        assertThat(block.contains(ip("10.20.0.0"))).isTrue();
        assertThat(block.contains(ip("10.23.255.255"))).isTrue();
        assertThat(block.contains(ip("10.24.0.0"))).isFalse();
        assertThat(block.contains(ip("10.19.255.255"))).isFalse();
    }

    @Test
    void anIpv6BlockContainsExactlyItsAddresses() {
        CidrBlock block = CidrBlock.of("2001:db8:abc0::/44");
        assertThat(block.contains(ip("2001:db8:abc0::1"))).isTrue();
        assertThat(block.contains(ip("2001:db8:abcf:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(block.contains(ip("2001:db8:abd0::"))).isFalse();
    }

    @Test
    void aPrefixThatIsNotAWholeNumberOfBytesIsHonouredBitByBit() {
        CidrBlock block = CidrBlock.of("192.168.1.64/27");
        assertThat(block.contains(ip("192.168.1.95"))).isTrue();
        assertThat(block.contains(ip("192.168.1.96"))).isFalse();
        assertThat(block.contains(ip("192.168.1.63"))).isFalse();
    }

    @Test
    void aBareAddressIsASingleHost() {
        assertThat(CidrBlock.of("127.0.0.1").contains(ip("127.0.0.1"))).isTrue();
        assertThat(CidrBlock.of("127.0.0.1").contains(ip("127.0.0.2"))).isFalse();
        assertThat(CidrBlock.of("::1").contains(ip("::1"))).isTrue();
        assertThat(CidrBlock.of("::1")).hasToString("0:0:0:0:0:0:0:1/128");
    }

    @Test
    void anIpv4BlockContainsIpv4MappedIpv6AddressesButNoOtherIpv6() {
        CidrBlock block = CidrBlock.of("10.0.0.0/8");
        assertThat(block.contains(ipv6Mapped(10, 1, 2, 3))).isTrue();
        assertThat(block.contains(ipv6Mapped(11, 1, 2, 3))).isFalse();
        assertThat(block.contains(ip("::a01:203"))).as("IPv4-compatible is not mapped").isFalse();
        assertThat(CidrBlock.of("::/0").contains(ip("10.1.2.3"))).isFalse();
        assertThat(CidrBlock.of("0.0.0.0/0").contains(ip("2001:db8::1"))).isFalse();
    }

    @Test
    void aZeroPrefixContainsTheWholeFamily() {
        assertThat(CidrBlock.of("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
        assertThat(CidrBlock.of("::/0").contains(ip("2001:db8::1"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33         | prefix length must be 0-32",
            "2001:db8::/129      | prefix length must be 0-128",
            "10.0.0.0/-1         | prefix length must be 0-32",
            "10.0.0.0/           | not a CIDR block",
            "/8                  | not a CIDR block",
            "10.0.0/8            | not a CIDR block",
            "10.0.0.256/32       | not a CIDR block",
            "010.0.0.0/8         | not a CIDR block",
            "proxy.internal/24   | not a CIDR block",
            "10.0.0.0/8/8        | not a CIDR block",
            "2001:db8::g/64      | not a CIDR block",
            "fe80::1%eth0/128    | not a CIDR block",
            "10.0.0.1/8          | has host bits set: did you mean 10.0.0.0/8?",
            "2001:db8::1/32      | has host bits set: did you mean 2001:db8:0:0:0:0:0:0/32?"})
    void aMalformedBlockIsRefusedWithAClearMessage(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> CidrBlock.of(text))
                .withMessageContaining("'" + text + "'")
                .withMessageContaining(message);
    }

    @Test
    void anEmptyBlockIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CidrBlock.of(" "))
                .withMessageContaining("not a CIDR block");
    }
}
