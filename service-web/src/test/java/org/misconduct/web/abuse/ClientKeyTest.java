package org.misconduct.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertThat(ClientKey.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientKey.of("203.0.113.8")).isNotEqualTo(ClientKey.of("203.0.113.7"));
    }

    @Test
    void everyAddressOfAnIpv6Slash64IsOneClient() {
        Set<String> keys = new HashSet<>();
        for (int host = 0; host < 1_000; host++) {
            keys.add(ClientKey.of("2001:db8:85a3:42:%x:%x:%x:%x".formatted(host, host * 7, host * 13, host * 31)));
        }
        keys.add(ClientKey.of("2001:0db8:85a3:0042::1"));
        keys.add(ClientKey.of("[2001:db8:85a3:42::2]"));
        keys.add(ClientKey.of("2001:db8:85a3:42::3%eth0"));

        assertThat(keys).containsExactly("20010db885a30042/64");
    }

    @Test
    void neighbouringIpv6NetworksAreDifferentClients() {
        assertThat(ClientKey.of("2001:db8:85a3:43::1")).isNotEqualTo(ClientKey.of("2001:db8:85a3:42::1"));
    }

    @Test
    void anIpv4AddressMappedIntoIpv6IsTheIpv4Client() {
        assertThat(ClientKey.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void somethingThatIsNotAnAddressIsKeyedAsGivenWithoutALookup() {
        assertThat(ClientKey.of("proxy.internal")).isEqualTo("proxy.internal");
        assertThat(ClientKey.of("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
        assertThat(ClientKey.of(null)).isEmpty();
    }
}
