package dev.storyline.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser may do to this server on another site's behalf: nothing. Two attacks reach a server on
 * loopback from any web page the user opens:
 * <ul>
 *   <li><b>Cross-site writes (CSRF).</b> A page can POST a {@code text/plain} body to {@code 127.0.0.1} with
 *       {@code mode: 'no-cors'}: it cannot read the answer, but the article is stored and joins real stories.
 *       Browsers mark such a request with an {@code Origin} header naming the other site and with
 *       {@code Sec-Fetch-Site: cross-site}; a write is refused unless it comes from this server's own origin or
 *       from no browser at all (curl, the CLI, other programs send neither).
 *   <li><b>DNS rebinding.</b> A page on {@code evil.example} that re-points its name to 127.0.0.1 reads this
 *       server as its own origin; its requests still carry {@code Host: evil.example}. A server on loopback
 *       without a token answers only to the names of loopback; with a token nobody reads it without the token,
 *       which a browser never adds by itself.
 * </ul>
 */
final class OriginGuard {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private OriginGuard() {}

    /**
     * Why the request is refused, or null when it may go on.
     *
     * @param loopbackOnly the server is bound to loopback without a token: only loopback names are served
     */
    static String refusal(String method, String host, String origin, String fetchSite, boolean loopbackOnly) {
        if (loopbackOnly && !loopbackName(host)) {
            return "host not allowed: " + host + "; this server answers to 127.0.0.1 and localhost only "
                    + "(a page that rebinds its own name to this address is refused)";
        }
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) return null;
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return "cross-origin write refused (Sec-Fetch-Site: " + fetchSite + ")";
        }
        if (origin != null && !sameAuthority(origin, host)) {
            return "cross-origin write refused: the request comes from " + origin;
        }
        return null;
    }

    /** "127.0.0.1:8080", "localhost", "[::1]:8080" and the rest of 127/8; no name DNS could re-point. */
    static boolean loopbackName(String host) {
        if (host == null || host.isBlank()) return false;
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            if (close < 0) return false;
            name = name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.equals("[::1]") || name.matches("127(?:\\.\\d{1,3}){3}");
    }

    /** An Origin ("http://127.0.0.1:8080") names the same host and port as the Host header; "null" names none. */
    static boolean sameAuthority(String origin, String host) {
        if (host == null) return false;
        try {
            URI uri = new URI(origin.strip());
            if (uri.getRawAuthority() == null) return false;
            return uri.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
