package dev.storyline.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class WriteLimiterTest {
    @Test
    void aClientGetsAMinutesAllowanceAsABurstThenAnEvenRefill() {
        AtomicLong now = new AtomicLong();
        WriteLimiter limiter = new WriteLimiter(3, now::get);
        assertThat(limiter.tryWrite("a")).isTrue();
        assertThat(limiter.tryWrite("a")).isTrue();
        assertThat(limiter.tryWrite("a")).isTrue();
        assertThat(limiter.tryWrite("a")).isFalse();
        assertThat(limiter.tryWrite("b")).as("another client has its own bucket").isTrue();
        assertThat(limiter.retryAfterSeconds("a")).isEqualTo(20);
        now.addAndGet(20_000_000_000L); // 3 a minute: one every 20 s
        assertThat(limiter.tryWrite("a")).isTrue();
        assertThat(limiter.tryWrite("a")).isFalse();
    }

    @Test
    void theServerAnswers429WithRetryAfterAndStoresNothingMore() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0).withWritesPerMinute(2))) {
            String article = "{\"title\": \"Pier closed\", \"text\": \"The pier closed on Monday after the storm, the council said.\"}";
            assertThat(server.post("/api/articles", "application/json", article).statusCode()).isEqualTo(201);
            assertThat(server.post("/api/articles", "application/json", article).statusCode()).isEqualTo(201);
            HttpResponse<String> refused = server.post("/api/articles", "application/json",
                    article.replace("Pier", "Quay"));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(refused.body()).contains("\"status\":429").contains("too many writes");
        }
    }
}
