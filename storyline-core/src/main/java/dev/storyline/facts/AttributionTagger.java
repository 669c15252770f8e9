package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who says what, learned: a maximum-entropy Markov tagger that labels every token of a paragraph as Source, Cue
 * or Content (begin/inside) or nothing, decoded with Viterbi. Trained on an annotated corpus such as PolNeAR,
 * whose attributions are exactly such tag sequences; its features are the words and part-of-speech tags around
 * a token, quotation state, distance to a reporting verb, and what {@link AttributionExtractor}'s rules said about
 * the token, so the model learns where the rules are right and finds the attributions they miss.
 * <p>
 * No model ships with Storyline: PolNeAR states no licence for its data, so a model is trained from it where it
 * is ({@code storyline train attribution}) and loaded from a file. Thread-safe once built.
 */
public final class AttributionTagger {
    static final String RULE = "attribution-tagger";

    public enum Role { SOURCE, CUE, CONTENT }

    /** A labelled span: character offsets into the article's text, end exclusive. */
    public record RoleSpan(Role role, int start, int end) {}

    /** One training article with its gold spans. */
    public record Example(AnalyzedArticle article, List<RoleSpan> gold) {}

    /**
     * Added to the log-probability of starting a span (B-Source, B-Cue, B-Content). A model trained on local
     * probabilities prefers "outside" too often, since most tokens are; a bonus at span starts trades some
     * precision for recall. Tuned on PolNeAR dev (docs/FACTS.md).
     */
    static final double SOURCE_CUE_START_BONUS = 0.6;
    static final double CONTENT_START_BONUS = 0.3;

    private final MaxentModel model;
    private final double sourceCueBonus;
    private final double contentBonus;
    private final AttributionExtractor rules = new AttributionExtractor();

    private AttributionTagger(MaxentModel model, double sourceCueBonus, double contentBonus) {
        this.model = model;
        this.sourceCueBonus = sourceCueBonus;
        this.contentBonus = contentBonus;
    }

    AttributionTagger withStartBonus(double sourceCue, double content) {
        return new AttributionTagger(model, sourceCue, content);
    }

    /** Trains on the examples with OpenNLP's GIS maximum entropy trainer (features seen fewer than twice dropped). */
    public static AttributionTagger train(List<Example> examples, int iterations) {
        AttributionExtractor rules = new AttributionExtractor();
        List<Event> events = new ArrayList<>();
        for (Example example : examples) {
            TaggedText text = TaggedText.of(example.article(), rules.extract(example.article()));
            String[] gold = text.labels(example.gold());
            for (int[] paragraph : text.paragraphs()) {
                TaggedText.Context context = text.context(paragraph[0], paragraph[1]);
                for (int i = paragraph[0]; i < paragraph[1]; i++) {
                    String previous = i > paragraph[0] ? gold[i - 1] : TaggedText.START;
                    events.add(new Event(gold[i], context.features(i, previous)));
                }
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return new AttributionTagger(trainer.train(ObjectStreamUtils.createObjectStream(events)), SOURCE_CUE_START_BONUS, CONTENT_START_BONUS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AttributionTagger load(Path file) throws IOException {
        return new AttributionTagger(new GenericModelReader(file.toFile()).getModel(), SOURCE_CUE_START_BONUS, CONTENT_START_BONUS);
    }

    public void save(Path file) throws IOException {
        new GenericModelWriter((AbstractModel) model, file.toFile()).persist();
    }

    /** Every Source, Cue and Content span the model finds, in text order. */
    public List<RoleSpan> tag(AnalyzedArticle article) {
        return tag(article, rules.extract(article));
    }

    private List<RoleSpan> tag(AnalyzedArticle article, List<Attribution> byRules) {
        TaggedText text = TaggedText.of(article, byRules);
        String[] labels = new String[text.size()];
        for (int[] paragraph : text.paragraphs()) decode(text, paragraph[0], paragraph[1], labels);
        return text.spans(labels);
    }

    /**
     * Attributions as the pipeline uses them: the rules' own, which carry relay chains ("X told AFP"), and for the
     * sentences where no rule matched, the tagger's spans grouped into attributions, each cue with the nearest
     * source and content of its paragraph.
     */
    public List<Attribution> attributions(AnalyzedArticle article) {
        List<Attribution> byRules = rules.extract(article);
        List<Attribution> out = new ArrayList<>(byRules);
        Set<Integer> explained = new HashSet<>();
        out.forEach(a -> explained.add(a.cue().sentenceIndex()));
        List<RoleSpan> spans = tag(article, byRules);
        String text = article.article().text();
        for (int c = 0; c < spans.size(); c++) {
            RoleSpan cue = spans.get(c);
            if (cue.role() != Role.CUE) continue;
            Span cueSpan = span(article, cue);
            if (explained.contains(cueSpan.sentenceIndex())) continue;
            RoleSpan source = nearest(spans, c, Role.SOURCE, text);
            RoleSpan content = nearest(spans, c, Role.CONTENT, text);
            if (source == null || content == null) continue;
            String speaker = text.substring(source.start(), source.end());
            out.add(new Attribution(span(article, source), cueSpan, span(article, content),
                    List.of(AttributionExtractor.canonical(speaker)), AttributionExtractor.named(speaker), RULE));
        }
        out.sort(Comparator.comparingInt(a -> a.cue().start()));
        return out;
    }

    /** The closest span of a role to the cue, not across a blank line. */
    private static RoleSpan nearest(List<RoleSpan> spans, int cueIndex, Role role, String text) {
        RoleSpan cue = spans.get(cueIndex);
        RoleSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RoleSpan s : spans) {
            if (s.role() != role) continue;
            int from = Math.min(s.end(), cue.end());
            int to = Math.max(s.start(), cue.start());
            if (from < to && text.substring(from, to).contains("\n")) continue;
            int distance = Math.max(0, to - from);
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Span span(AnalyzedArticle article, RoleSpan s) {
        int index = 0;
        for (Sentence sentence : article.sentences()) {
            if (sentence.start() <= s.start()) index = sentence.index();
        }
        return new Span(article.id(), index, s.start(), s.end(), article.article().text().substring(s.start(), s.end()));
    }

    private double startBonus(String label) {
        if (!label.startsWith("B-")) return 0;
        return label.equals("B-Content") ? contentBonus : sourceCueBonus;
    }

    /** First-order Viterbi over the labels, honouring that an inside label continues its own role only. */
    private void decode(TaggedText text, int from, int to, String[] out) {
        List<String> labels = TaggedText.LABELS;
        int n = to - from;
        int k = labels.size();
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        for (double[] row : score) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        TaggedText.Context context = text.context(from, to);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < (i == 0 ? 1 : k); p++) {
                double before = i == 0 ? 0 : score[i - 1][p];
                if (before == Double.NEGATIVE_INFINITY) continue;
                String previous = i == 0 ? TaggedText.START : labels.get(p);
                double[] probabilities = model.eval(context.features(from + i, previous));
                for (int l = 0; l < k; l++) {
                    String label = labels.get(l);
                    if (!TaggedText.follows(previous, label)) continue;
                    int outcome = model.getIndex(label);
                    if (outcome < 0) continue;
                    double s = before + Math.log(probabilities[outcome] + 1e-12) + startBonus(label);
                    if (s > score[i][l]) {
                        score[i][l] = s;
                        back[i][l] = p;
                    }
                }
            }
        }
        int best = 0;
        for (int l = 1; l < k; l++) if (score[n - 1][l] > score[n - 1][best]) best = l;
        for (int i = n - 1; i >= 0; i--) {
            out[from + i] = labels.get(best);
            best = back[i][best];
        }
    }
}
