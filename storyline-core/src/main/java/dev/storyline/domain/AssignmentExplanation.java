package dev.storyline.domain;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one "why" sentence for an assignment. Made here once so the CLI ({@code storyline show}) and the web UI
 * (which prints the export's {@code why} field) no longer keep two drifting copies.
 */
public final class AssignmentExplanation {
    private AssignmentExplanation() {}

    /**
     * "began the story; linked to an existing storyline at 0.31", "joined at 0.61 (text 0.42, embedding 0.84,
     * reuse 0.00, time 0.99)"; an article whose story was merged into {@code shownInStoryId} since names that story.
     */
    public static String why(Assignment a, String shownInStoryId) {
        AssignmentSignals signals = a.signals();
        boolean here = a.storyId().equals(shownInStoryId);
        if (a.newStory()) {
            StringBuilder b = new StringBuilder(here ? "began the story" : "began story " + a.storyId() + ", merged in since");
            if (signals.storylineLinkScore() != null) {
                b.append(String.format(Locale.ROOT, "; linked to an existing storyline at %.2f", signals.storylineLinkScore()));
            }
            if (signals.bestLiveStoryScore() != null) {
                b.append(String.format(Locale.ROOT, "; no live story close enough (best %.2f)", signals.bestLiveStoryScore()));
            }
            return b.toString();
        }
        String parts = signals.asMap().entrySet().stream().filter(e -> !e.getKey().equals("score"))
                .map((Map.Entry<String, Double> e) -> String.format(Locale.ROOT, "%s %.2f", label(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        return (here ? "joined" : "joined story " + a.storyId() + ", merged in since,")
                + String.format(Locale.ROOT, " at %.2f (%s)", a.score(), parts);
    }

    /** A signal's name as a reader reads it: most are one word already. */
    private static String label(String signal) {
        return signal.equals("crossLanguage") ? "names, numbers and words across languages" : signal;
    }
}
