package org.misconduct.web.abuse;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Whom a request counts for. An IPv4 client is its address. An IPv6 client is its /64 network: that is what one
 * subscriber or one network segment gets, and a device picks any of its 2^64 addresses at will, so keying by the
 * whole address would give every attacker an endless supply of fresh allowances.
 */
final class ClientKey {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientKey() {
    }

    /** @param remoteAddress the address as the servlet container gives it (forwarded headers already applied) */
    static String of(String remoteAddress) {
        String literal = remoteAddress == null ? "" : withoutBracketsAndZone(remoteAddress.strip());
        if (IPV4.matcher(literal).matches()) {
            return literal;
        }
        if (!literal.contains(":")) {
            // Not an address literal: counted under what it says, and never looked up.
            return literal;
        }
        try {
            // A literal with a colon is parsed as IPv6, never resolved through DNS.
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet4Address mapped) {
                return mapped.getHostAddress();
            }
            return HexFormat.of().formatHex(address.getAddress(), 0, IPV6_NETWORK_BYTES) + "/64";
        } catch (UnknownHostException notAnAddress) {
            return literal;
        }
    }

    private static String withoutBracketsAndZone(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        return zone < 0 ? literal : literal.substring(0, zone);
    }
}
