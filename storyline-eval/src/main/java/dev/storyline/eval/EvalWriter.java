package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes reports as markdown and JSON. Each task owns a section of the markdown file between markers,
 * so running one task replaces its own section and leaves the others' latest figures in place.
 */
public final class EvalWriter {
    private static final String HEADER = "# Storyline evaluation\n\n"
            + "Every figure here is produced by `./storyline eval TASK` (see each section for its exact command, "
            + "date and commit). Regenerate everything with `./storyline eval all`.\n";

    private EvalWriter() {}

    public static String markdown(EvalReport report, String command, String commit, String date) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(report.title()).append("\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Date: ").append(date).append("; commit: `").append(commit).append("`\n");
        md.append("- Data: ").append(report.dataset()).append("\n\n");
        for (EvalTable table : report.tables()) {
            if (table.caption() != null && !table.caption().isBlank()) md.append("**").append(table.caption()).append("**\n\n");
            md.append("| ").append(String.join(" | ", table.columns())).append(" |\n");
            md.append("|").append("---|".repeat(table.columns().size())).append("\n");
            for (List<String> row : table.rows()) md.append("| ").append(String.join(" | ", row)).append(" |\n");
            md.append("\n");
        }
        for (String note : report.notes()) md.append("- ").append(note).append("\n");
        if (!report.notes().isEmpty()) md.append("\n");
        return md.toString();
    }

    /** Replaces (or appends) each report's section in the markdown file; writes the JSON beside it. */
    public static void write(Path markdownFile, List<EvalReport> reports, String command, String commit, String date)
            throws IOException {
        write(markdownFile, HEADER, reports, command, commit, date);
    }

    /** The same, with the heading a new file starts with. */
    public static void write(Path markdownFile, String header, List<EvalReport> reports, String command, String commit,
                             String date) throws IOException {
        String existing = Files.exists(markdownFile) ? Files.readString(markdownFile, StandardCharsets.UTF_8) : header;
        if (!existing.startsWith("# ")) existing = header + existing;
        for (EvalReport report : reports) {
            String begin = "<!-- eval:" + report.task() + ":begin -->";
            String end = "<!-- eval:" + report.task() + ":end -->";
            String section = begin + "\n" + markdown(report, command, commit, date) + end;
            Matcher m = Pattern.compile(Pattern.quote(begin) + ".*?" + Pattern.quote(end), Pattern.DOTALL).matcher(existing);
            existing = m.find()
                    ? existing.substring(0, m.start()) + section + existing.substring(m.end())
                    : existing.stripTrailing() + "\n\n" + section + "\n";
        }
        if (markdownFile.getParent() != null) Files.createDirectories(markdownFile.getParent());
        Files.writeString(markdownFile, existing.stripTrailing() + "\n", StandardCharsets.UTF_8);

        Path json = markdownFile.resolveSibling(markdownFile.getFileName().toString().replaceFirst("\\.md$", "") + ".json");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> all = new LinkedHashMap<>();
        if (Files.exists(json)) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> old = mapper.readValue(json.toFile(), LinkedHashMap.class);
                all.putAll(old);
            } catch (IOException ignored) {
                // a damaged JSON beside the markdown is rebuilt from this run's reports
            }
        }
        for (EvalReport report : reports) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("command", command);
            entry.put("date", date);
            entry.put("commit", commit);
            entry.put("report", report);
            all.put(report.task(), entry);
        }
        mapper.writeValue(json.toFile(), all);
    }
}
