package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every cleaning rule keeps: it removes what its examples say and keeps what they say, gives the
 * same answer on many threads at once, and holds no state between documents.
 */
abstract class CleaningRuleContract {
    abstract CleaningRule rule();

    /** Documents (title first, then lines) with the indexes of lines the rule must remove. */
    abstract List<Example> examples();

    record Example(String title, List<String> lines, List<Integer> removed) {}

    static Example example(String title, List<String> lines, Integer... removed) {
        return new Example(title, lines, List.of(removed));
    }

    private List<Integer> apply(CleaningRule r, Example e) {
        Lines doc = new Lines(e.lines(), e.title());
        return IntStream.range(0, doc.size()).filter(i -> r.removes(doc, i)).boxed().toList();
    }

    @Test
    void removesExactlyTheBoilerplate() {
        for (Example e : examples()) assertThat(apply(rule(), e)).as(e.lines().toString()).isEqualTo(e.removed());
    }

    @Test
    void sameAnswerOnManyThreadsAndNoLeftoverState() throws Exception {
        CleaningRule shared = rule();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> futures = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> apply(shared, examples().get(i % examples().size())))).toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(examples().get(i % examples().size()).removed());
            }
        } finally {
            pool.shutdown();
        }
        // applying it again to the first document gives the first answer
        assertThat(apply(shared, examples().get(0))).isEqualTo(examples().get(0).removed());
    }

    @Test
    void hasAName() {
        assertThat(rule().name()).matches("[a-z-]+");
    }
}
