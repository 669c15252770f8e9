package dev.storyline.export;

import dev.storyline.domain.Claim;
import dev.storyline.domain.Origin;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every claim of every story as one CSV row (RFC 4180) for a spreadsheet: the story, the claim, its support and
 * independent origins with their explanations, and its variants. Cells that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) are written with a leading apostrophe: the text is
 * untrusted and must never run.
 */
public final class ClaimsCsv {
    private ClaimsCsv() {}

    static final List<String> COLUMNS = List.of("story_id", "story_headline", "claim_id", "kind", "value", "what",
            "claim", "articles", "independent_origins", "origins", "why", "single_unnamed_source", "variants");

    public static void write(StoryRun run, Writer out) throws IOException {
        row(out, COLUMNS);
        for (Story s : run.stories()) {
            String headline = s.summary() == null ? "" : s.summary().headline();
            for (Claim c : s.claims()) {
                row(out, List.of(s.id(), headline, c.id(), c.kind(), c.kind().equals("quantity") ? c.value() : "",
                        c.kind().equals("quantity") ? c.slot() : "", c.text(), String.valueOf(c.supportingArticleIds().size()),
                        String.valueOf(c.origins().size()),
                        c.origins().stream().map(o -> o.name() + " (" + o.articleIds().size() + ")").collect(Collectors.joining("; ")),
                        c.origins().stream().map(Origin::why).filter(w -> w != null && !w.isBlank()).collect(Collectors.joining("; ")),
                        String.valueOf(c.singleUnnamedSource()), String.join(" ", c.variants())));
            }
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell: quoted when it holds a comma, a quote or a line break; defused when it would start a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) v = "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }
}
