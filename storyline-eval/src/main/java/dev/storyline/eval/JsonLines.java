package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A data set file of one JSON object a line, read into records (blank lines skipped). */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** @param what what the file holds, for the message when it is missing ("news-events pages") */
    public static <T> List<T> read(Path file, String what, Function<JsonNode, T> record) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(what + " not found: " + file.toAbsolutePath());
        List<T> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) out.add(record.apply(JSON.readTree(line)));
            }
        }
        return out;
    }
}
