package dev.storyline.server;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadConcurrencyTest {
    @Test
    void theLimitIsRanged() {
        assertThat(ServerOptions.local(0).readConcurrency()).isEqualTo(ServerOptions.DEFAULT_READ_CONCURRENCY).isPositive();
        assertThatThrownBy(() -> ServerOptions.local(0).withReadConcurrency(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerOptions.local(0).withReadConcurrency(ServerOptions.MAX_READ_CONCURRENCY + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** With one read at a time, many clients are all answered, and a read that fails gives its turn back. */
    @Test
    @org.junit.jupiter.api.Timeout(60) // a turn not given back would leave every later read waiting
    void readsTakeTurnsAndAFailedOneLetsTheNextRun() throws Exception {
        try (TestServer server = TestServer.empty(ServerOptions.local(0).withReadConcurrency(1))) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String path = i % 2 == 0 ? "/api/stories" : "/api/stories/no-such-story";
                    answers.add(clients.submit(() -> server.get(path).statusCode()));
                }
                for (int i = 0; i < answers.size(); i++) {
                    assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0 ? 200 : 404);
                }
            } finally {
                clients.shutdownNow();
            }
            assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);
        }
    }
}
