package dev.storyline.facts;

import java.util.Locale;
import java.util.Map;

/** Numbers as news writes them: "7,000", "1.5 million", "seven", "a dozen", "hundreds", "tens of thousands". */
final class NumberWords {
    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    static final Map<String, Double> SCALE = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "bn", 1e9, "m", 1e6, "k", 1e3);
    /** Plural scale words used alone are vague amounts: "thousands of fighters" means at least a thousand. */
    static final Map<String, Double> VAGUE = Map.of("dozens", 12.0, "scores", 20.0, "hundreds", 100.0,
            "thousands", 1000.0, "millions", 1e6, "billions", 1e9);

    private NumberWords() {}

    static Double digits(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer word(String s) {
        return SMALL.get(s.toLowerCase(Locale.ROOT));
    }

    static Double scale(String s) {
        return SCALE.get(s.toLowerCase(Locale.ROOT));
    }
}
