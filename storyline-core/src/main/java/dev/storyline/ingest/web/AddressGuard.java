package dev.storyline.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs that would make the watcher reach into the machine's own network (SSRF): anything but http(s),
 * and hosts that resolve to loopback, private, link-local, shared, multicast or reserved addresses, unless
 * private addresses are allowed explicitly (tests, an intranet feed).
 * {@link #check} is the first look at a URL; {@link #allowedAddresses} is what {@link GuardedHttpFetcher} connects
 * to, so that a DNS answer that changes between the check and the connection (rebinding) is checked again.
 */
public final class AddressGuard {
    /** Name resolution, injectable so tests decide what a host resolves to. */
    public interface Resolver {
        Resolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Thrown with the reason a URL is not fetched. */
    public static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    private final Resolver resolver;
    private final boolean allowPrivate;

    public AddressGuard(Resolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    public void check(URI uri) throws RefusedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedException("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "\"" + uri + "\"" : scheme));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new RefusedException("URL has no host: " + uri);
        if (uri.getUserInfo() != null) throw new RefusedException("URL carries credentials: refused");
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedException("unknown host " + host);
        }
        String refused = refusal(host, addresses);
        if (refused != null) throw new RefusedException(refused);
    }

    /**
     * The host's addresses, resolved now, for a connection to use: refused (as an unknown host, which is all a
     * resolver may throw) when any of them is private, loopback or reserved and private addresses are not allowed.
     */
    public InetAddress[] allowedAddresses(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        String refused = refusal(host, addresses);
        if (refused != null) throw new UnknownHostException(refused);
        return addresses;
    }

    private String refusal(String host, InetAddress[] addresses) {
        if (allowPrivate) return null;
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return host + " resolves to " + a.getHostAddress()
                        + ", a private, loopback or reserved address (--allow-private to fetch it)";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isPublicV4(b);
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) return false; // fc00::/7 unique local
            if (first == 0 && allZero(b, 1, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return isPublicV4(new byte[]{b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d
            }
            if (first == 0 && allZero(b, 1, 12)) return false; // ::a.b.c.d (deprecated) and ::, ::1
            if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return isPublicV4(new byte[]{b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            if (first == 0x20 && (b[1] & 0xFF) == 0x02) {
                return isPublicV4(new byte[]{b[2], b[3], b[4], b[5]}); // 2002::/16 6to4
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) return false; // this network, private, loopback, multicast, reserved
        if (a0 == 169 && a1 == 254) return false; // link-local, cloud metadata
        if (a0 == 172 && a1 >= 16 && a1 <= 31) return false;
        if (a0 == 192 && a1 == 168) return false;
        if (a0 == 100 && a1 >= 64 && a1 <= 127) return false; // carrier-grade NAT
        if (a0 == 192 && a1 == 0 && (b[2] & 0xFF) == 0) return false; // IETF protocol assignments
        if (a0 == 198 && (a1 == 18 || a1 == 19)) return false; // benchmarking
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
