package dev.storyline.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** One HTTP GET, no redirects followed: the seam that lets tests answer without a network. */
public interface HttpFetcher {
    Response get(URI uri, Map<String, String> headers) throws IOException;

    /** The response is larger than the fetcher's cap: no use asking again. */
    final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * @param headers response headers by lower-case name (the first value of each)
     * @param body    the body, at most the fetcher's size cap
     */
    record Response(int status, Map<String, String> headers, byte[] body) {
        public Response {
            headers = Map.copyOf(headers);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
