package dev.storyline.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error is {"error": "...", "status": N}: ours, Javalin's (unknown path, wrong method) and Jetty's (unparsable request). */
class ErrorShapeTest {
    @Test
    void jettysBadMessageAndUnknownPathsAnswerInTheOneJsonShape() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0))) {
            String nul = server.raw("GET /api/stories/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(nul).startsWith("HTTP/1.1 400").contains("application/json").contains("\"status\":400")
                    .doesNotContain("<h1>");
            String passwd = server.raw("GET /etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(passwd).startsWith("HTTP/1.1 404").contains("\"error\":\"not found: /etc/passwd\"")
                    .doesNotContain("Endpoint GET");
            // the page and its files are still served
            assertThat(server.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        }
    }
}
