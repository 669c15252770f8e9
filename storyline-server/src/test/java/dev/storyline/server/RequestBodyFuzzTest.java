package dev.storyline.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of {@code POST /api/articles}, under any Content-Type and charset: it parses into documents and
 * rejections with reasons, or is refused with a 4xx {@link ApiError}; never another exception (which would be a
 * 500 and a stack the client should not cause). Replayed in every test run; fuzzed with {@code ./fuzz}.
 */
class RequestBodyFuzzTest {
    private static final List<String> TYPES = List.of("application/json", "application/x-ndjson", "text/html",
            "text/plain", "text/plain; charset=windows-1252", "application/json; charset=utf-16");

    @FuzzTest(maxDuration = "10s")
    void requestBody(FuzzedDataProvider data) {
        String type = data.consumeBoolean() ? data.pickValue(TYPES) : data.consumeString(40);
        String url = data.consumeBoolean() ? data.consumeString(80) : null;
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ArticleIntake.Batch batch = ArticleIntake.parse(type, body, name -> name.equals("url") ? url : null);
            assertThat(batch.rejections()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        } catch (ApiError e) {
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
