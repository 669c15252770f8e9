package dev.storyline.store;

import dev.storyline.Storyline;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.ingest.IngestSettings;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Adds from many callers at once (committed in groups) and the article size limit. */
class StoryServiceTest {
    private static RawDocument doc(int client, int n) {
        String text = String.format(Locale.ROOT, "The ferry council of Valmora met on Monday, report %d of client %d. "
                + "Officials said %d passengers were affected by the storm on the harbour route.", n, client, 100 + n);
        return new RawDocument("client" + client + "/" + n, RawDocument.Format.TEXT, text,
                new DocumentHints(null, null, "Ferry report " + client + "-" + n, "2026-03-0" + (1 + n % 9), "Wire " + client));
    }

    @Test
    void concurrentAddsAreEachStoredOnceAndEveryCallerToldItsOwn() throws Exception {
        StoryService service = new StoryService(new Storyline(Settings.DEFAULTS), new InMemoryStoryStore());
        service.add(List.of(doc(99, 0))); // the first add builds the stories; the rest join them as a group commit
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<IngestReport>> reports = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            for (int n = 0; n < 5; n++) {
                int client = c;
                int seq = n;
                // every client sends its first article twice: the second is a duplicate, told as one
                reports.add(pool.submit(() -> service.add(List.of(doc(client, seq), doc(client, seq)))));
            }
        }
        int added = 0;
        int duplicates = 0;
        for (Future<IngestReport> f : reports) {
            IngestReport r = f.get();
            assertThat(r.read()).isEqualTo(2);
            added += r.added();
            duplicates += r.duplicates();
        }
        pool.shutdown();
        assertThat(added).isEqualTo(40);
        assertThat(duplicates).isEqualTo(40);
        assertThat(service.store().articles()).hasSize(41);
        assertThat(service.lastRun().orElseThrow().stories().stream().mapToInt(s -> s.articleIds().size()).sum()).isEqualTo(41);
    }

    @Test
    void anArticleLongerThanTheLimitIsRefusedWithItsSizeAndTheRestStored() {
        Settings small = Settings.DEFAULTS.withIngest(new IngestSettings(1 << 20, 1 << 20, 1 << 20, 1 << 20, 300));
        StoryService service = new StoryService(new Storyline(small), new InMemoryStoryStore());
        // under four times the limit the text is extracted and measured (699: the last space goes)
        RawDocument big = new RawDocument("big.txt", RawDocument.Format.TEXT, "Storm. ".repeat(100), DocumentHints.NONE);
        // past it, refused unread
        RawDocument huge = new RawDocument("huge.txt", RawDocument.Format.TEXT, "Storm. ".repeat(200), DocumentHints.NONE);
        IngestReport r = service.add(List.of(big, huge, doc(1, 1)));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.rejections()).extracting(x -> x.source() + ": " + x.reason()).satisfiesExactly(
                x -> assertThat(x).startsWith("big.txt: ").contains("699 characters").contains("ingest.maxArticleChars"),
                x -> assertThat(x).startsWith("huge.txt: ").contains("1,400 characters"));
    }
}
