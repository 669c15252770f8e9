package dev.storyline.eval.summarization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.clustering.DucStream;
import dev.storyline.extract.CharacterReferences;
import dev.storyline.text.TextAnalyzer;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The update task of DUC 2007 and TAC 2008-2011: a topic's documents come in sets A, B (and C) in time order; set
 * A's summary is an ordinary one, set B's is for a reader who has read A, C's for one who has read A and B. Read from
 * any JSON Lines file under {@code summarization/update/} (one object per topic set: {@code id, topic, set, title,
 * narrative, docs [{id, date, title, text}], refs}), and derived from DUC 2006 by splitting each cluster by date
 * into an earlier set A and a later set B (the references, written for the whole cluster, are used for both, as
 * they can be). Scored at 100 words with the project's ROUGE, jackknifed over the references, as NIST scored it.
 */
final class UpdateTask {
    private UpdateTask() {}

    /** One topic set: what to summarise, for a reader of {@code read}. */
    record TopicSet(String id, String topic, String set, String title, String narrative, List<AnalyzedArticle> docs,
                    List<AnalyzedArticle> read, List<String> refs) {}

    static final List<String> SETS = List.of("A", "B", "C");

    /** The topic sets of one file, each with the documents of its topic's earlier sets as read. */
    static List<TopicSet> load(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        record Raw(String id, String topic, String set, String title, String narrative, List<AnalyzedArticle> docs, List<String> refs) {}
        List<Raw> raws = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) continue;
                JsonNode n = json.readTree(text);
                String set = n.path("set").asText("");
                if (!SETS.contains(set)) throw new IllegalArgumentException(file + " line " + line + ": set must be A, B or C, not '" + set + "'");
                List<AnalyzedArticle> docs = new ArrayList<>();
                for (JsonNode d : n.path("docs")) {
                    String id = d.path("id").asText();
                    Article a = new Article(id, "update:" + id, null, d.path("title").asText(""), null, null,
                            day(d.path("date").asText("")), List.of(), CharacterReferences.decode(d.path("text").asText("")),
                            List.of(), id);
                    docs.add(analyzer.analyze(a));
                }
                List<String> refs = new ArrayList<>();
                n.path("refs").forEach(r -> refs.add(r.asText()));
                if (refs.isEmpty()) throw new IllegalArgumentException(file + " line " + line + ": no refs");
                raws.add(new Raw(n.path("id").asText(), n.path("topic").asText(), set, n.path("title").asText(""),
                        n.path("narrative").asText(""), docs, refs));
            }
        }
        List<TopicSet> out = new ArrayList<>();
        for (Raw r : raws) {
            List<AnalyzedArticle> read = new ArrayList<>();
            for (Raw earlier : raws) {
                if (earlier.topic().equals(r.topic()) && earlier.set().compareTo(r.set()) < 0) read.addAll(earlier.docs());
            }
            out.add(new TopicSet(r.id(), r.topic(), r.set(), r.title(), r.narrative(), r.docs(), read, r.refs()));
        }
        return out;
    }

    /**
     * A document's day as DUC and TAC write it: "20050712" (TAC's document ids carry it so), "2005-07-12 08:30",
     * "07/12/2005"; null (undated) when it is none of these.
     */
    static java.time.LocalDate day(String s) {
        String t = s.strip();
        try {
            if (t.matches("\\d{8}.*")) return java.time.LocalDate.of(Integer.parseInt(t.substring(0, 4)),
                    Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6, 8)));
            if (t.matches("\\d{4}-\\d{2}-\\d{2}.*|\\d{2}/\\d{2}/\\d{4}.*")) return DucStream.parseDate(t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** DUC 2006's clusters as update topics: the earlier half of each cluster's documents by date is A, the rest B. */
    static List<TopicSet> fromDuc(List<SummarizationEval.Cluster> clusters) {
        List<TopicSet> out = new ArrayList<>();
        for (SummarizationEval.Cluster c : clusters) {
            List<AnalyzedArticle> byDate = c.docs().stream()
                    .sorted(Comparator.comparing((AnalyzedArticle a) -> a.article().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(AnalyzedArticle::id)).toList();
            int half = byDate.size() / 2;
            List<AnalyzedArticle> a = byDate.subList(0, half);
            List<AnalyzedArticle> b = byDate.subList(half, byDate.size());
            out.add(new TopicSet(c.id() + "-A", c.id(), "A", "", c.narrative(), a, List.of(), c.refs()));
            out.add(new TopicSet(c.id() + "-B", c.id(), "B", "", c.narrative(), b, a, c.refs()));
        }
        return out;
    }

    /** Mean jackknifed ROUGE-2 and SU4 recall by set, and over all sets, of one system's summaries. */
    /** @param r2ByPart ROUGE-2 of the DUC 2006 topics by {@link DucPart} (empty for another set's topics) */
    record Scores(Map<String, double[]> bySet, double[] all, DucPart.Means r2ByPart) {
        List<String> cells(List<String> sets, boolean byPart) {
            List<String> out = new ArrayList<>();
            for (String s : sets) {
                double[] v = bySet.get(s);
                out.add(v == null ? "-" : SummarizationEval.f4(v[0] / v[2]));
            }
            out.add(SummarizationEval.f4(all[0] / all[2]));
            out.add(SummarizationEval.f4(all[1] / all[2]));
            if (byPart) out.addAll(r2ByPart.cells());
            return out;
        }
    }

    static Scores score(List<TopicSet> sets, Map<TopicSet, String> summaries, Rouge rouge, boolean byPart) {
        Map<String, double[]> bySet = new TreeMap<>();
        double[] all = new double[3];
        DucPart.Means r2ByPart = new DucPart.Means();
        for (TopicSet t : sets) {
            List<String> peer = rouge.tokens(summaries.get(t));
            List<List<String>> refs = t.refs().stream().map(rouge::tokens).toList();
            double r2 = rouge.jackknife(peer, refs, (p, rs) -> rouge.rougeN(p, rs, 2)).recall();
            double su4 = rouge.jackknife(peer, refs, (p, rs) -> rouge.rougeSU(p, rs, 4)).recall();
            double[] s = bySet.computeIfAbsent(t.set(), k -> new double[3]);
            s[0] += r2;
            s[1] += su4;
            s[2]++;
            all[0] += r2;
            all[1] += su4;
            all[2]++;
            if (byPart) r2ByPart.add(t.topic(), r2);
        }
        return new Scores(bySet, all, r2ByPart);
    }

    /**
     * What an update summary of a later set repeats of what its reader read: the share of its word pairs found in
     * the read documents, and its ROUGE-2 recall against the same system's summary of the earlier set. Lower is
     * more that is new.
     */
    static double[] repeated(List<TopicSet> sets, Map<TopicSet, String> summaries, Rouge rouge) {
        double found = 0;
        double pairs = 0;
        double againstEarlier = 0;
        int n = 0;
        Map<String, TopicSet> earlierOf = new LinkedHashMap<>();
        for (TopicSet t : sets) earlierOf.put(t.topic() + "|" + t.set(), t);
        for (TopicSet t : sets) {
            if (t.read().isEmpty()) continue;
            List<String> peer = rouge.tokens(summaries.get(t));
            Set<String> readPairs = new HashSet<>();
            for (AnalyzedArticle a : t.read()) {
                List<String> w = rouge.tokens(a.article().text());
                for (int i = 0; i + 1 < w.size(); i++) readPairs.add(w.get(i) + " " + w.get(i + 1));
            }
            for (int i = 0; i + 1 < peer.size(); i++) {
                pairs++;
                if (readPairs.contains(peer.get(i) + " " + peer.get(i + 1))) found++;
            }
            TopicSet previous = earlierOf.get(t.topic() + "|" + SETS.get(SETS.indexOf(t.set()) - 1));
            if (previous != null) {
                againstEarlier += rouge.rougeN(peer, List.of(rouge.tokens(summaries.get(previous))), 2).recall();
                n++;
            }
        }
        return new double[] {pairs == 0 ? 0 : found / pairs, n == 0 ? 0 : againstEarlier / n};
    }

    /**
     * The tables for one dataset: ROUGE by set and overall for each system, general and topic-focused where the
     * system takes a focus, then official rows when NIST's jackknifed averages are beside the file, and what the
     * later sets' summaries repeat.
     */
    static List<EvalTable> tables(String name, List<TopicSet> sets, Map<String, Function<TopicSet, String>> systems,
                                  Rouge rouge, Path officialDir) throws Exception {
        return tables(name, sets, systems, rouge, officialDir, false);
    }

    /** @param byPart also ROUGE-2 over all sets by {@link DucPart}: for the topics derived from DUC 2006 */
    static List<EvalTable> tables(String name, List<TopicSet> sets, Map<String, Function<TopicSet, String>> systems,
                                  Rouge rouge, Path officialDir, boolean byPart) throws Exception {
        List<String> present = SETS.stream().filter(s -> sets.stream().anyMatch(t -> t.set().equals(s))).toList();
        List<String> columns = new ArrayList<>(List.of("system"));
        present.forEach(s -> columns.add("set " + s + " ROUGE-2 R"));
        columns.addAll(List.of("all sets ROUGE-2 R", "all sets ROUGE-SU4 R"));
        if (byPart) columns.addAll(DucPart.columns("all sets ROUGE-2 R"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> repeatRows = new ArrayList<>();
        for (Map.Entry<String, Function<TopicSet, String>> e : systems.entrySet()) {
            Map<TopicSet, String> summaries = new LinkedHashMap<>();
            for (TopicSet t : sets) summaries.put(t, e.getValue().apply(t));
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            row.addAll(score(sets, summaries, rouge, byPart).cells(present, byPart));
            rows.add(row);
            double[] r = repeated(sets, summaries, rouge);
            repeatRows.add(List.of(e.getKey(), String.format(java.util.Locale.ROOT, "%.1f%%", 100 * r[0]), SummarizationEval.f4(r[1])));
        }
        rows.addAll(officialRows(officialDir, present.size()));
        return List.of(new EvalTable("Update task, " + name + ": 100 words (-l 100), ROUGE recall jackknifed over the references",
                        columns, rows),
                new EvalTable("Update task, " + name + ": what the summaries of later sets repeat of what their reader read",
                        List.of("system", "word pairs found in the read documents", "ROUGE-2 R against its own summary of the set before"),
                        repeatRows));
    }

    /** Official rows shown: the best systems by ROUGE-2, then the median system and the humans' range. */
    static final int BEST_OFFICIAL = 3;

    /**
     * NIST's jackknifed averages beside a file ({@code rouge2.jk.m.avg}, {@code rougeSU4.jk.m.avg}: lines "SYSTEM
     * SCORE (95%-conf.int. LO - HI)"; a letter is a human): the best systems, the median one, the humans' range.
     */
    static List<List<String>> officialRows(Path dir, int setColumns) throws Exception {
        if (dir == null) return List.of();
        Path r2 = dir.resolve("rouge2.jk.m.avg");
        Path su4 = dir.resolve("rougeSU4.jk.m.avg");
        if (!Files.exists(r2) || !Files.exists(su4)) return List.of();
        Map<String, Double> o2 = SummarizationEval.official(r2);
        Map<String, Double> oSU = SummarizationEval.official(su4);
        List<String> systems = o2.keySet().stream().filter(k -> !k.matches("[A-Z]"))
                .sorted(Comparator.comparingDouble((String k) -> -o2.get(k)).thenComparing(k -> k)).toList();
        List<String> humans = o2.keySet().stream().filter(k -> k.matches("[A-Z]")).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(BEST_OFFICIAL, systems.size()); i++) {
            String k = systems.get(i);
            rows.add(officialRow("system " + k + " (official, #" + (i + 1) + " of " + systems.size() + ")", setColumns,
                    SummarizationEval.f4(o2.get(k)), oSU.containsKey(k) ? SummarizationEval.f4(oSU.get(k)) : "-"));
        }
        if (!systems.isEmpty()) {
            String k = systems.get(systems.size() / 2);
            rows.add(officialRow("system " + k + " (official, the median)", setColumns, SummarizationEval.f4(o2.get(k)),
                    oSU.containsKey(k) ? SummarizationEval.f4(oSU.get(k)) : "-"));
        }
        if (!humans.isEmpty()) {
            rows.add(officialRow("humans (official, " + humans.size() + ", lowest–highest)", setColumns,
                    range(humans.stream().mapToDouble(o2::get).toArray()),
                    range(humans.stream().filter(oSU::containsKey).mapToDouble(oSU::get).toArray())));
        }
        return rows;
    }

    private static List<String> officialRow(String label, int setColumns, String r2, String su4) {
        List<String> row = new ArrayList<>(List.of(label));
        for (int i = 0; i < setColumns; i++) row.add("-");
        row.add(r2);
        row.add(su4);
        return row;
    }

    private static String range(double[] v) {
        if (v.length == 0) return "-";
        return SummarizationEval.f4(java.util.Arrays.stream(v).min().orElseThrow()) + "–"
                + SummarizationEval.f4(java.util.Arrays.stream(v).max().orElseThrow());
    }

    /** The update files under {@code dir}: every {@code .jsonl}, by name. */
    static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
