package dev.storyline.bench;

import dev.storyline.domain.RawDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevCorpusTest {
    @Test
    void parsesTheStreamsThreeDateShapes() {
        assertThat(DevCorpus.parseDate("1996-01-12 21:17")).isEqualTo(LocalDate.of(1996, 1, 12));
        assertThat(DevCorpus.parseDate("11/22/1998 09:03:00")).isEqualTo(LocalDate.of(1998, 11, 22));
        assertThat(DevCorpus.parseDate("1998-17-06 15:43:00")).isEqualTo(LocalDate.of(1998, 6, 17));
        assertThat(DevCorpus.parseDate("2000-09-01")).isEqualTo(LocalDate.of(2000, 9, 1));
    }

    @Test
    void replayGivesFreshIdsAndLaterDates() {
        List<DevCorpus.Item> corpus = List.of(
                new DevCorpus.Item("A1", LocalDate.of(1996, 1, 12), "XIE", "T1", "Body one.", "D1"),
                new DevCorpus.Item("A2", LocalDate.of(1996, 1, 13), "APW", "T2", "Body two.", "D2"));
        RawDocument first = DevCorpus.replayed(corpus, 0);
        RawDocument replay = DevCorpus.replayed(corpus, 3);
        assertThat(first.hints().id()).isEqualTo("A1");
        assertThat(replay.hints().id()).isEqualTo("A2~1");
        assertThat(replay.hints().published()).isEqualTo("2006-01-13");
        assertThat(replay.content()).isEqualTo("T2\n\nBody two.");
    }

    @Test
    void quantilesByNearestRank() {
        Latencies l = new Latencies();
        for (int i = 1; i <= 100; i++) l.add(i * 1_000_000L);
        assertThat(l.quantileMillis(0.5)).isEqualTo(50.0);
        assertThat(l.quantileMillis(0.99)).isEqualTo(99.0);
        assertThat(new Latencies().quantileMillis(0.5)).isNaN();
    }
}
