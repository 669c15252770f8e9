package dev.storyline.eval.summarization;

import java.nio.file.Path;
import java.util.Map;

/** Test access to the package's ROUGE check. */
public final class RougeCheckAccess {
    private RougeCheckAccess() {}

    public static double maxDiffWords(Path data, Map<String, String> exceptions) throws Exception {
        return RougeCheck.gap(data.resolve("summarization/rouge-check"), "official-l100.res", new Rouge(exceptions, Rouge.Options.WORDS_100)).perSummary();
    }

    public static double maxDiffBytes(Path data, Map<String, String> exceptions) throws Exception {
        return RougeCheck.gap(data.resolve("summarization/rouge-check"), "official-b665.res", new Rouge(exceptions, Rouge.Options.BYTES_665)).perSummary();
    }
}
