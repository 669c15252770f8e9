package dev.storyline.ingest;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngesterTest {
    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final DocumentSink sink = new DocumentSink() {
        public void accept(RawDocument d) { docs.add(d); }

        public void reject(Rejection r) { rejections.add(r); }
    };

    void write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void readsARecordThatCameAsAStringLikeALineOfJsonLines() {
        Ingester ingester = new Ingester(new IngestSettings(1 << 20, 200));
        ingester.readRecord("articles-0@7", "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body\",\"outlet\":\"Wire\"}", sink);
        ingester.readRecord("articles-0@8", "{\"id\":\"x2\",", sink);
        ingester.readRecord("articles-0@9", "{\"title\":\"no text\"}", sink);
        ingester.readRecord("articles-0@10", "{\"text\":\"" + "x".repeat(300) + "\"}", sink);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("articles-0@7");
            assertThat(d.hints().id()).isEqualTo("x1");
            assertThat(d.content()).isEqualTo("Body");
        });
        assertThat(rejections).extracting(Rejection::source).containsExactly("articles-0@8", "articles-0@9", "articles-0@10");
        assertThat(rejections.get(0).reason()).startsWith("malformed JSON");
        assertThat(rejections.get(2).reason()).contains("over the limit");
    }

    @Test
    void readsFoldersRecursivelyInNameOrderByFormat() throws IOException {
        write("b/page.html", "<html><head><link rel=canonical href='https://example.org/a'></head><body><p>Hi</p></body></html>");
        write("a.txt", "Title\n\nBody text.");
        write("c.jsonl", "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body\",\"outlet\":\"Wire\",\"published\":\"2015-06-08\"}\n"
                + "{\"id\":\"x2\",\"html\":\"<p>Body</p>\",\"url\":\"https://example.org/x2\"}\n");
        write(".hidden/skip.txt", "not read");
        new Ingester(IngestSettings.DEFAULTS).ingest(List.of(dir), sink);
        assertThat(rejections).isEmpty();
        assertThat(docs).extracting(RawDocument::source).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/page.html").toString(),
                dir.resolve("c.jsonl") + "#1", dir.resolve("c.jsonl") + "#2");
        assertThat(docs).extracting(RawDocument::format).containsExactly(
                RawDocument.Format.TEXT, RawDocument.Format.HTML, RawDocument.Format.TEXT, RawDocument.Format.HTML);
        assertThat(docs.get(1).hints().url()).isEqualTo("https://example.org/a");
        assertThat(docs.get(2).hints().outlet()).isEqualTo("Wire");
        assertThat(docs.get(2).hints().published()).isEqualTo("2015-06-08");
    }

    @Test
    void badInputsAreRejectedByNameWithAReasonAndTheRestIsRead() throws IOException {
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("latin.txt"), new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF, (byte) 0xFE, 'x'});
        write("big.txt", "x".repeat(2000));
        write("bad.jsonl", "{\"title\":\"ok\",\"text\":\"fine\"}\n{broken\n[1,2]\n{\"title\":3,\"text\":\"t\"}\n{\"title\":\"no body\"}\n");
        write("good.txt", "Title\n\nBody.");
        new Ingester(new IngestSettings(1000, 1 << 20)).ingest(List.of(dir, dir.resolve("missing.txt")), sink);
        assertThat(docs).extracting(RawDocument::source).containsExactly(dir.resolve("bad.jsonl") + "#1", dir.resolve("good.txt").toString());
        assertThat(rejections).extracting(r -> Path.of(r.source().replaceFirst("#\\d+$", "")).getFileName().toString() + " " + r.reason())
                .anySatisfy(s -> assertThat(s).startsWith("empty.txt empty file"))
                .anySatisfy(s -> assertThat(s).startsWith("binary.txt binary content"))
                .anySatisfy(s -> assertThat(s).startsWith("latin.txt not valid UTF-8"))
                .anySatisfy(s -> assertThat(s).startsWith("big.txt file of 2000 bytes is over the limit of 1000"))
                .anySatisfy(s -> assertThat(s).startsWith("bad.jsonl malformed JSON"))
                .anySatisfy(s -> assertThat(s).startsWith("bad.jsonl expected a JSON object, found array"))
                .anySatisfy(s -> assertThat(s).startsWith("bad.jsonl field \"title\" must be a string"))
                .anySatisfy(s -> assertThat(s).startsWith("bad.jsonl record has neither \"text\" nor \"html\""))
                .anySatisfy(s -> assertThat(s).startsWith("missing.txt no such file"));
        assertThat(rejections).filteredOn(r -> r.source().contains("bad.jsonl")).extracting(Rejection::source)
                .containsExactly(dir.resolve("bad.jsonl") + "#2", dir.resolve("bad.jsonl") + "#3",
                        dir.resolve("bad.jsonl") + "#4", dir.resolve("bad.jsonl") + "#5");
    }

    @Test
    void aDeclaredCharsetIsHonouredWhenTheBytesFitIt() throws IOException {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin.html"), latin1);
        new Ingester(IngestSettings.DEFAULTS).ingest(List.of(dir), sink);
        assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("Caf\u00e9 cr\u00e8me"));
    }
}
