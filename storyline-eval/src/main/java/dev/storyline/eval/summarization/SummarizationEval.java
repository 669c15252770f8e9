package dev.storyline.eval.summarization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.corroborate.Corroborator;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.eval.clustering.DucStream;
import dev.storyline.facts.FactExtractor;
import dev.storyline.summarize.SummarySettings;
import dev.storyline.summarize.Summarizer;
import dev.storyline.summarize.WellFormed;
import dev.storyline.text.TextAnalyzer;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarization on DUC 2006 (250 words, NIST's ROUGE settings, jackknifed over the four references) and at
 * 100 words, Storyline beside LEAD, random, centroid and LexRank, plus the ROUGE reproduction check against the
 * official ROUGE-1.5.5 output for the DUC 2004 systems.
 */
public final class SummarizationEval implements EvalTask {
    static final int SMOKE_CLUSTERS = 3;

    @Override
    public String name() {
        return "summarization";
    }

    /** The columns with ROUGE-2 by DUC part after them. */
    private static List<String> withParts(List<String> columns) {
        List<String> out = new ArrayList<>(columns);
        out.addAll(DucPart.columns("ROUGE-2 R"));
        return out;
    }

    record Cluster(String id, String narrative, List<AnalyzedArticle> docs, List<String> refs) {}

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path base = context.dataDir().resolve("summarization");
        Map<String, String> exceptions = Rouge.loadExceptions(base.resolve("rouge-check/wordnet-2.0-exceptions"));
        List<Cluster> clusters = load(base.resolve("duc2006/duc2006.jsonl"), context.smoke() ? SMOKE_CLUSTERS : Integer.MAX_VALUE);

        Map<String, Function<Cluster, String>> systems250 = systems(context, 250);
        Map<String, Function<Cluster, String>> systems100 = systems(context, 100);
        List<List<String>> rows250 = new ArrayList<>();
        Malformed malformed = new Malformed();
        Rouge r250 = new Rouge(exceptions, Rouge.Options.WORDS_250);
        for (Map.Entry<String, Function<Cluster, String>> e : systems250.entrySet()) {
            double r2 = 0;
            double su4 = 0;
            DucPart.Means r2ByPart = new DucPart.Means();
            for (Cluster c : clusters) {
                String summary = e.getValue().apply(c);
                if (e.getKey().startsWith("Storyline")) malformed.read(e.getKey() + ", 250 words", c.id(), summary);
                List<String> peer = r250.tokens(summary);
                List<List<String>> refs = c.refs().stream().map(r250::tokens).toList();
                double clusterR2 = r250.jackknife(peer, refs, (p, rs) -> r250.rougeN(p, rs, 2)).recall();
                r2 += clusterR2;
                r2ByPart.add(c.id(), clusterR2);
                su4 += r250.jackknife(peer, refs, (p, rs) -> r250.rougeSU(p, rs, 4)).recall();
            }
            List<String> row = new ArrayList<>(List.of(e.getKey(), f4(r2 / clusters.size()), f4(su4 / clusters.size())));
            row.addAll(r2ByPart.cells());
            rows250.add(row);
        }
        Map<String, Double> official2 = official(base.resolve("duc2006/official-rouge2.jk.m.avg"));
        Map<String, Double> officialSU = official(base.resolve("duc2006/official-rougeSU4.jk.m.avg"));
        for (String id : List.of("24", "12")) {
            // NIST published the systems' means over all 50 topics only
            List<String> row = new ArrayList<>(List.of("DUC 2006 system " + id + " (official)", f4(official2.get(id)), f4(officialSU.get(id))));
            row.addAll(java.util.Collections.nCopies(DucPart.values().length, "-"));
            rows250.add(row);
        }
        double humanMin = official2.entrySet().stream().filter(x -> x.getKey().matches("[A-J]")).mapToDouble(Map.Entry::getValue).min().orElse(0);
        double humanMax = official2.entrySet().stream().filter(x -> x.getKey().matches("[A-J]")).mapToDouble(Map.Entry::getValue).max().orElse(0);

        List<List<String>> rows100 = new ArrayList<>();
        Rouge r100 = new Rouge(exceptions, Rouge.Options.WORDS_100);
        for (Map.Entry<String, Function<Cluster, String>> e : systems100.entrySet()) {
            double r1 = 0;
            double r2 = 0;
            DucPart.Means r2ByPart = new DucPart.Means();
            for (Cluster c : clusters) {
                String summary = e.getValue().apply(c);
                if (e.getKey().startsWith("Storyline")) malformed.read(e.getKey() + ", 100 words", c.id(), summary);
                List<String> peer = r100.tokens(summary);
                List<List<String>> refs = c.refs().stream().map(r100::tokens).toList();
                r1 += r100.jackknife(peer, refs, (p, rs) -> r100.rougeN(p, rs, 1)).recall();
                double clusterR2 = r100.jackknife(peer, refs, (p, rs) -> r100.rougeN(p, rs, 2)).recall();
                r2 += clusterR2;
                r2ByPart.add(c.id(), clusterR2);
            }
            List<String> row = new ArrayList<>(List.of(e.getKey(), f4(r1 / clusters.size()), f4(r2 / clusters.size())));
            row.addAll(r2ByPart.cells());
            rows100.add(row);
        }

        // the update task: DUC 2006 split by date always, and any update file of TAC's shape that is present
        Map<String, Function<UpdateTask.TopicSet, String>> updateSystems = updateSystems(context, malformed);
        List<EvalTable> updateTables = new ArrayList<>(UpdateTask.tables("DUC 2006 split by date (derived: A is each "
                + "cluster's earlier half by date, B the later half, for a reader of A; the references were written for the "
                + "whole cluster)", UpdateTask.fromDuc(clusters), updateSystems, r100, null, true));
        List<Path> updateFiles = UpdateTask.files(base.resolve("update"));
        for (Path f : updateFiles) {
            updateTables.addAll(UpdateTask.tables(base.relativize(f).toString().replace('\\', '/'), UpdateTask.load(f),
                    updateSystems, r100, f.getParent()));
        }

        RougeCheck.Result check = RougeCheck.run(base.resolve("rouge-check"), exceptions);
        List<List<String>> citationRows = new ArrayList<>();
        for (CitationCheck.Result r : List.of(CitationCheck.run("samples/", CitationCheck.samples()),
                CitationCheck.run("seeds", context.dataDir().toAbsolutePath().getParent().resolve("seeds")))) {
            citationRows.add(List.of(r.corpus(), String.valueOf(r.articles()), String.valueOf(r.stories()),
                    String.valueOf(r.summarySentences()), String.valueOf(r.citations()), String.valueOf(r.inText()),
                    String.valueOf(r.similar()), f4(r.lowest()), f4(r.precision())));
        }
        List<EvalTable> tables = new ArrayList<>(List.of(new EvalTable("250 words, ROUGE recall, jackknifed over 4 references (NIST settings: -n 4 -2 4 -u -m -l 250, stopwords kept)",
                                withParts(List.of("system", "ROUGE-2 R", "ROUGE-SU4 R")), rows250),
                        new EvalTable("100 words (-l 100), jackknifed recall",
                                withParts(List.of("system", "ROUGE-1 R", "ROUGE-2 R")), rows100),
                        new EvalTable("Java ROUGE against official ROUGE-1.5.5 (largest absolute difference of a system's mean over 13 systems × R/P/F × ROUGE-1/2/SU4)",
                                List.of("setting", "vs mean of official per-summary scores", "within 0.0005",
                                        "vs printed Average (bootstrap mean)", "official printed Average vs its own per-summary mean"),
                                List.of(gapRow("-l 100", check.words()), gapRow("-b 665", check.bytes()))),
                        new EvalTable("Citation precision: every article a summary sentence cites carries it or a close paraphrase "
                                + "(offsets in the article's text, MiniLM cosine of the cited text to the sentence >= "
                                + CitationCheck.THRESHOLD + ")",
                                List.of("corpus", "articles", "stories", "summary sentences", "citations", "offsets in text",
                                        "cosine >= threshold", "lowest cosine", "precision"), citationRows),
                        new EvalTable("Malformed summary sentences (issue 24's check, summarize.WellFormed: starts in lower case, "
                                + "no sentence end, a conjunction or preposition left hanging, markup)",
                                List.of("summaries", "sentences", "malformed"), malformed.rows()),
                        new EvalTable("Malformed sentences found (first " + Malformed.LISTED + ")",
                                List.of("summary", "cluster", "problem", "where (the words that show it)"), malformed.listed())));
        tables.addAll(2, updateTables);
        return new EvalReport(name(), "Summarization: DUC 2006, the update task and the ROUGE-1.5.5 check",
                clusters.size() + " clusters of duc2006/duc2006.jsonl" + (context.smoke() ? " (smoke subset)" : "")
                        + "; update files under summarization/update/: " + (updateFiles.isEmpty() ? "none present"
                        : updateFiles.stream().map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.joining(", ")))
                        + "; ROUGE check on rouge-check/ (DUC 2004, 13 systems)",
                tables,
                List.of("What was tuned where: Storyline's summary constants (SummarySettings, the compression and "
                                + "extractability rules) were chosen on all 50 DUC 2006 clusters until 2026-12-02, so every row "
                                + "of Storyline's, the reporting part's too, is a development figure; the official systems ran "
                                + "on them unseen. Since then they are split (DucPart: odd topics tune, even topics report, "
                                + "25 each): a change is chosen on the tuning part's column and shown on the reporting part's. "
                                + "Ranking above the official systems here says nothing of unseen topics (issue 24's held-out "
                                + "update task checks that).",
                        "Humans on DUC 2006: ROUGE-2 " + f4(humanMin) + "–" + f4(humanMax) + " (official).",
                        "Storyline is run twice: a general summary (no query, what a story page shows) and a topic-focused one "
                                + "with the DUC topic narrative as query; the baselines use no query.",
                        "ROUGE-1.5.5 run with -c 95 -r 1000 prints as Average the mean of 1,000 bootstrap resamples, which "
                                + "differs from the mean of its own per-summary scores (last column); the per-summary "
                                + "scores are what an implementation can reproduce exactly, so they are the target.",
                        "-b counts bytes line by line without the line breaks, so a file's line layout moves the cut; the "
                                + "official scores were computed on one sentence a line, and the files of systems distributed "
                                + "on one line (DPP) are split back at sentence ends before scoring.",
                        "Storyline's summarizer runs with a budget of exactly the limit in whole sentences (100 at most), as "
                                + "on a story page; ROUGE's -l cuts the baselines' text at the limit, as in DUC.",
                        "Update task: Storyline summarises a later set for a reader of the earlier ones (Summarizer.update with "
                                + "the earlier sets' documents as read; set A is an ordinary summary), general and with the topic "
                                + "narrative as query; LEAD, Centroid and LexRank summarise the set's own documents. A file of TAC's "
                                + "shape under summarization/update/ is scored the same way, with NIST's rouge2.jk.m.avg and "
                                + "rougeSU4.jk.m.avg beside it as official rows when present. Nothing of the update task was tuned: "
                                + "the summarizer is the one tuned on DUC 2006's general task."));
    }

    /** Counts, per summary setting, the summary sentences {@link WellFormed} refuses, and keeps the first few. */
    static final class Malformed {
        static final int LISTED = 20;
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<List<String>> listed = new ArrayList<>();

        void read(String setting, String cluster, String summary) {
            int[] c = counts.computeIfAbsent(setting, k -> new int[2]);
            for (String sentence : summary.split("\n")) {
                if (sentence.isBlank()) continue;
                c[0]++;
                List<WellFormed.Problem> problems = WellFormed.problems(sentence);
                if (problems.isEmpty()) continue;
                c[1]++;
                // the words that show it, not the sentence: DUC's articles are not ours to republish
                if (listed.size() < LISTED) listed.add(List.of(setting, cluster,
                        problems.stream().map(WellFormed.Problem::label).collect(java.util.stream.Collectors.joining("; ")),
                        problems.stream().map(p -> "\"" + WellFormed.where(sentence, p) + "\"").collect(java.util.stream.Collectors.joining("; "))));
            }
        }

        List<List<String>> rows() {
            List<List<String>> out = new ArrayList<>();
            counts.forEach((k, c) -> out.add(List.of(k, String.valueOf(c[0]), String.valueOf(c[1]))));
            return out;
        }

        List<List<String>> listed() {
            return listed;
        }
    }

    private static List<String> gapRow(String setting, RougeCheck.Gap gap) {
        return List.of(setting, f5(gap.perSummary()), gap.perSummary() <= 0.0005 ? "yes" : "no", f5(gap.average()),
                f5(gap.bootstrap()));
    }

    private static Map<String, Function<Cluster, String>> systems(EvalContext context, int words) {
        Map<String, Function<Cluster, String>> s = new LinkedHashMap<>();
        // the budget is the limit itself: with room past it, ROUGE's cut falls on whatever comes last in story order
        // (the latest article's sentences) rather than on the least useful ones, and the summary is not the one a
        // story page would show (R-2 at 250 words 0.1023 with 50 words over, 0.1031 with 25, 0.1054 with none)
        Summarizer storyline = Summarizer.standard(new SummarySettings(100, words, 0));
        Corroborator corroborator = Corroborator.standard(context.settings().corroboration());
        FactExtractor facts = FactExtractor.standard(context.settings().facts());
        s.put("Storyline", c -> storyline(c, storyline, corroborator, facts, null));
        s.put("Storyline, topic-focused (narrative as query)", c -> storyline(c, storyline, corroborator, facts, c.narrative()));
        s.put("LEAD", c -> Baselines.lead(c.docs(), words));
        s.put("Random (seed " + context.seed() + ")", c -> Baselines.random(c.docs(), words, context.seed()));
        s.put("Centroid", c -> Baselines.centroid(c.docs(), words));
        s.put("LexRank", c -> Baselines.lexRank(c.docs(), words));
        return s;
    }

    /**
     * The update task's systems at 100 words: Storyline general and focused (their sentences counted by {@code
     * malformed}), and the baselines over the set's own documents.
     */
    private static Map<String, Function<UpdateTask.TopicSet, String>> updateSystems(EvalContext context, Malformed malformed) {
        Summarizer storyline = Summarizer.standard(new SummarySettings(100, 100, 0));
        Corroborator corroborator = Corroborator.standard(context.settings().corroboration());
        FactExtractor facts = FactExtractor.standard(context.settings().facts());
        Map<String, Function<UpdateTask.TopicSet, String>> s = new LinkedHashMap<>();
        s.put("Storyline", t -> counted(malformed, "Storyline, update task, 100 words", t,
                update(t, storyline, corroborator, facts, null)));
        s.put("Storyline, topic-focused (narrative as query)", t -> counted(malformed,
                "Storyline, topic-focused, update task, 100 words", t, update(t, storyline, corroborator, facts, t.narrative())));
        s.put("LEAD", t -> Baselines.lead(t.docs(), 100));
        s.put("Centroid", t -> Baselines.centroid(t.docs(), 100));
        s.put("LexRank", t -> Baselines.lexRank(t.docs(), 100));
        return s;
    }

    private static String counted(Malformed malformed, String setting, UpdateTask.TopicSet t, String summary) {
        malformed.read(setting, t.id(), summary);
        return summary;
    }

    /** Storyline's summary of a topic set for a reader of the earlier sets, one sentence a line. */
    private static String update(UpdateTask.TopicSet t, Summarizer summarizer, Corroborator corroborator, FactExtractor facts,
                                 String query) {
        List<AnalyzedArticle> docs = new ArrayList<>(t.read());
        docs.addAll(t.docs());
        List<ArticleFacts> f = docs.stream().map(facts::extract).toList();
        StoryMaterial m = new StoryMaterial(t.id(), t.topic(), docs, f, List.of(), List.of());
        List<Claim> claims = corroborator.corroborate(m);
        java.util.Set<String> read = new java.util.HashSet<>();
        t.read().forEach(a -> read.add(a.id()));
        Summary summary = read.isEmpty()
                ? (query == null ? summarizer.summarize(m, claims) : summarizer.summarize(m, claims, query))
                : summarizer.update(m, claims, read, query);
        StringBuilder b = new StringBuilder();
        for (SummarySentence ss : summary.sentences()) b.append(ss.text()).append('\n');
        return b.toString();
    }

    /** Storyline's summary of a cluster as one sentence a line; topic-focused when a query is given. */
    private static String storyline(Cluster c, Summarizer summarizer, Corroborator corroborator, FactExtractor facts, String query) {
        List<ArticleFacts> f = c.docs().stream().map(facts::extract).toList();
        StoryMaterial m = new StoryMaterial(c.id(), c.id(), c.docs(), f, List.of(), List.of());
        List<Claim> claims = corroborator.corroborate(m);
        Summary summary = query == null ? summarizer.summarize(m, claims) : summarizer.summarize(m, claims, query);
        StringBuilder b = new StringBuilder();
        for (SummarySentence ss : summary.sentences()) b.append(ss.text()).append('\n');
        return b.toString();
    }

    static List<Cluster> load(Path file, int max) throws Exception {
        ObjectMapper json = new ObjectMapper();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<Cluster> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null && out.size() < max; ) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<AnalyzedArticle> docs = new ArrayList<>();
                for (JsonNode d : n.get("docs")) {
                    Article a = new Article(d.get("id").asText(), "duc:" + d.get("id").asText(), null, d.path("title").asText(""),
                            null, null, DucStream.parseDate(d.get("date").asText()), List.of(), dev.storyline.extract.CharacterReferences.decode(d.get("text").asText()), List.of(),
                            d.get("id").asText());
                    docs.add(analyzer.analyze(a));
                }
                List<String> refs = new ArrayList<>();
                n.get("refs").forEach(r -> refs.add(r.asText()));
                out.add(new Cluster(n.get("id").asText(), n.path("narrative").asText(""), docs, refs));
            }
        }
        return out;
    }

    static Map<String, Double> official(Path file) throws Exception {
        Map<String, Double> m = new LinkedHashMap<>();
        Pattern p = Pattern.compile("^(\\S+) ([0-9.]+)");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher x = p.matcher(line);
            if (x.find()) m.put(x.group(1), Double.parseDouble(x.group(2)));
        }
        return m;
    }

    static String f4(double v) { return String.format(Locale.ROOT, "%.4f", v); }

    static String f5(double v) { return String.format(Locale.ROOT, "%.5f", v); }
}
