package dev.storyline.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Another site's page may neither write into a local server (CSRF) nor read it under its own name (DNS rebinding). */
class OriginGuardTest {
    @Test
    void writesFromAnotherOriginAreRefusedAndOwnOrNoOriginPasses() {
        assertThat(OriginGuard.refusal("POST", "127.0.0.1:8080", "https://evil.example", null, true))
                .contains("cross-origin write refused").contains("https://evil.example");
        assertThat(OriginGuard.refusal("POST", "127.0.0.1:8080", null, "cross-site", true)).contains("Sec-Fetch-Site: cross-site");
        assertThat(OriginGuard.refusal("POST", "127.0.0.1:8080", "null", null, true)).isNotNull();
        // the server's own page, and programs that send no Origin (curl, the CLI)
        assertThat(OriginGuard.refusal("POST", "127.0.0.1:8080", "http://127.0.0.1:8080", "same-origin", true)).isNull();
        assertThat(OriginGuard.refusal("POST", "127.0.0.1:8080", null, null, true)).isNull();
        // reading is not writing: a cross-origin GET cannot read the answer, and the server sends no CORS header
        assertThat(OriginGuard.refusal("GET", "127.0.0.1:8080", "https://evil.example", "cross-site", true)).isNull();
    }

    @Test
    void onLoopbackWithoutATokenOnlyLoopbackNamesAreServed() {
        assertThat(OriginGuard.refusal("GET", "evil.example:8080", null, null, true)).startsWith("host not allowed: evil.example:8080");
        assertThat(OriginGuard.refusal("GET", null, null, null, true)).startsWith("host not allowed");
        for (String ok : new String[]{"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.0.0.2"}) {
            assertThat(OriginGuard.refusal("GET", ok, null, null, true)).as(ok).isNull();
        }
        // "127.0.0.1.evil.example" is a name DNS could point anywhere
        assertThat(OriginGuard.loopbackName("127.0.0.1.evil.example")).isFalse();
        // with a token nobody reads it without the token, under whatever name it is reached
        assertThat(OriginGuard.refusal("GET", "storyline.example.org", null, null, false)).isNull();
    }

    @Test
    void theRunningServerRefusesBothAndStoresNothing() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            HttpResponse<String> post = server.http.send(HttpRequest.newBuilder(server.uri("/api/articles"))
                    .header("Content-Type", "text/plain").header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("Evil Daily\n\nThe governor was arrested on Monday, police said.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(post.body()).contains("\"status\":403").contains("cross-origin write refused");
            assertThat(server.service.store().articles()).isEmpty();

            // java.net.http will not send another Host: a raw request does
            String raw = server.raw("GET /api/stories HTTP/1.1\r\nHost: evil.example:" + server.server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(raw).startsWith("HTTP/1.1 403").contains("host not allowed");
            assertThat(server.raw("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1:" + server.server.port()
                    + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        }
    }
}
