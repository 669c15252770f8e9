package dev.storyline.extract;

import dev.storyline.domain.Removal;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a chain of cleaning rules to a document's lines. Every rule judges the original document, so the
 * result does not depend on the order removals happen in; the first rule that matches names the removal.
 */
public final class TextCleaner {
    /** Kept lines in order, and what was removed with the rule that removed it. */
    public record Cleaned(List<String> kept, List<Removal> removed) {
        public Cleaned {
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
        }

        public String text() {
            return String.join("\n\n", kept);
        }
    }

    private final List<List<CleaningRule>> passes;

    /** @param passes rule sets applied one after the other, each to the lines the previous one kept */
    public TextCleaner(List<List<CleaningRule>> passes) {
        this.passes = passes.stream().map(List::copyOf).toList();
    }

    public static TextCleaner standard() {
        return new TextCleaner(CleaningRules.standard());
    }

    public Cleaned clean(List<String> lines, String title) {
        Lines doc = new Lines(lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), title);
        List<Removal> removed = new ArrayList<>();
        for (List<CleaningRule> rules : passes) {
            List<Integer> next = new ArrayList<>();
            for (int i = 0; i < doc.size(); i++) {
                String rule = null;
                for (CleaningRule r : rules) {
                    if (r.removes(doc, i)) {
                        rule = r.name();
                        break;
                    }
                }
                if (rule == null) next.add(i);
                else removed.add(new Removal(doc.get(i), rule));
            }
            // the next pass reads what this one kept, with each line's counts carried over
            doc = doc.retain(next);
        }
        List<String> kept = new ArrayList<>(doc.size());
        for (int i = 0; i < doc.size(); i++) kept.add(doc.get(i));
        return new Cleaned(kept, removed);
    }
}
