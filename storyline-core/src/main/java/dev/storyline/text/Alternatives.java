package dev.storyline.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regular-expression alternation of many words, written so the matcher tries only the words that can match.
 * {@code java.util.regex} tries a branch's alternatives one by one at every position it reaches, so a cue list
 * of 105 verbs after a noun phrase of up to ten words costs 105 tries per word of every sentence. Grouped by
 * first letter ({@code s(?:aid|ays|ay)|t(?:old|...)}) it costs one try per letter group and then the group's
 * words. The match is the same: two alternatives that start with different letters never match at one position,
 * and within a group the words keep their order, so the branch prefers what the plain list preferred. Letters
 * that differ only in case share a group, so the grouping holds under {@code (?i)} as well.
 */
public final class Alternatives {
    private Alternatives() {}

    /**
     * The alternation of {@code words} as a non-capturing group. Each word is a regular-expression fragment whose
     * first character is a plain letter ("believes?" is fine, "(?:x)" is not).
     */
    public static String of(List<String> words) {
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                throw new IllegalArgumentException("an alternative must start with a letter: '" + w + "'");
            }
            groups.computeIfAbsent(Character.toLowerCase(w.charAt(0)), k -> new ArrayList<>()).add(w);
        }
        List<String> branches = new ArrayList<>();
        for (List<String> group : groups.values()) {
            char first = group.get(0).charAt(0);
            boolean sameFirst = group.stream().allMatch(w -> w.charAt(0) == first);
            if (group.size() == 1) branches.add(group.get(0));
            else if (sameFirst) branches.add(first + "(?:" + String.join("|", group.stream().map(w -> w.substring(1)).toList()) + ")");
            else branches.add("(?:" + String.join("|", group) + ")");
        }
        return "(?:" + String.join("|", branches) + ")";
    }

    /** {@link #of(List)} of a {@code |}-separated list, as cue lists are written. */
    public static String of(String barSeparated) {
        return of(List.of(barSeparated.split("\\|")));
    }
}
