package dev.storyline.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Tiny FreeDict dictionaries written for a test, in the dictd format {@link Glossary} reads. */
public final class FakeDictionaries {
    private FakeDictionaries() {}

    /** A dictd dictionary of these entries: the gzip-compressed text and its index of base-64 offsets. */
    public static void write(Path dir, String name, Map<String, String> entries) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            index.append(e.getKey()).append('\t').append(base64(text.size())).append('\t').append(base64(bytes.length)).append('\n');
            text.write(bytes);
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.toByteArray());
        }
        Files.write(dir.resolve(name + ".dict.dz"), gz.toByteArray());
        Files.writeString(dir.resolve(name + ".index"), index, StandardCharsets.UTF_8);
    }

    private static String base64(long n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder b = new StringBuilder();
        do {
            b.insert(0, alphabet.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return b.toString();
    }
}
