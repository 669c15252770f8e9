package dev.storyline.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may use the API: loopback by default, a bearer token for anything else. */
class AccessTest {
    @Test
    void refusesToBindBeyondLoopbackWithoutAToken() {
        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, null, ServerOptions.DEFAULT_MAX_BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
        assertThatThrownBy(() -> new ServerOptions("example.org", 0, " ", ServerOptions.DEFAULT_MAX_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ServerOptions("0.0.0.0", 0, "s3cret", ServerOptions.DEFAULT_MAX_BODY).token()).isEqualTo("s3cret");
        assertThat(new ServerOptions(null, 0, null, 1).host()).isEqualTo("127.0.0.1");
        assertThat(ServerOptions.loopback("localhost")).isTrue();
        assertThat(ServerOptions.loopback("127.0.0.2")).isTrue();
        assertThat(ServerOptions.loopback("::1")).isTrue();
        assertThat(ServerOptions.loopback("192.168.1.2")).isFalse();
    }

    @Test
    void withATokenEveryApiRequestNeedsIt() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0).withToken("s3cret"))) {
            assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);
            for (String auth : new String[]{null, "Bearer wrong", "Bearer s3cre", "s3cret", "Basic czNjcmV0"}) {
                HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/api/stories"));
                if (auth != null) b.header("Authorization", auth);
                HttpResponse<String> r = server.http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
                assertThat(r.body()).contains("\"status\":401");
                assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            }
            HttpResponse<String> post = server.http.send(HttpRequest.newBuilder(server.uri("/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PostArticlesTest.article("t", "Ayr", 1).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(401);
            assertThat(server.service.store().articles()).isEmpty();
            HttpResponse<String> events = server.http.send(HttpRequest.newBuilder(server.uri("/api/events")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(events.statusCode()).isEqualTo(401);
            // the page itself loads (it asks for the token); only the API is guarded
            HttpResponse<String> page = server.http.send(HttpRequest.newBuilder(server.uri("/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSchemeIsCaseInsensitiveTheTokenIsNot() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0).withToken("s3cret"))) {
            for (String auth : new String[]{"bearer s3cret", "BEARER s3cret", "Bearer s3cret"}) {
                assertThat(server.raw(get(auth))).as(auth).startsWith("HTTP/1.1 200");
            }
            assertThat(server.raw(get("Bearer S3CRET"))).startsWith("HTTP/1.1 401");
        }
    }

    /** java.net.http did not send a changed Authorization header as written on a reused client: these are sent exactly so. */
    private static String get(String authorization) {
        return "GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n";
    }
}
