package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as {@link AttributionTagger} sees it: tokens with offsets, their part-of-speech tags, what the
 * rules said of each, where sentences start, and paragraphs (the tagger's sequences, since a quotation and its
 * speaker may sit in different sentences of one paragraph).
 */
final class TaggedText {
    static final String START = "<s>";
    static final List<String> LABELS = List.of("O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content");
    /** Words, clitics apart ("He" "’s": PolNeAR marks "He" the source and "’s" the cue), and single marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*|['’]\\p{L}+|\\S");
    /** Words that report speech or thought: the tagger's anchor, counted as distance from each token. */
    private static final Set<String> REPORTING = Set.of(("said says say told tell telling added adds reported reports "
            + "stated announced claimed claims claim confirmed warned warn explained noted insisted insist argued argue "
            + "argues acknowledged denied quoted cited wrote writes declared estimated believe believes think thinks "
            + "thought know knew tweeted posted asked suggested suggest suggests agreed recalled responded notes "
            + "explains adding saying arguing predicted conceded admitted contended maintained stressed vowed vows "
            + "pledged promised urged demanded accused criticized condemned described declined rejected dismissed "
            + "disputed emphasized insists hoped hopes expects expected fears feared revealed indicated found finds "
            + "showed shows concluded proposed wants wanted called calls according learned").split(" "));
    private static final ThreadLocal<POSTaggerME> POS = ThreadLocal.withInitial(() -> new POSTaggerME(PosModel.MODEL));

    private static final class PosModel {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (InputStream in = TaggedText.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
                if (in == null) throw new IllegalStateException("OpenNLP English POS model missing from the classpath");
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    private final String[] tags;
    private final String[] rules;
    private final boolean[] sentenceStart;
    private final List<int[]> paragraphs;

    private TaggedText(int[] starts, int[] ends, String[] words, String[] tags, String[] rules,
                       boolean[] sentenceStart, List<int[]> paragraphs) {
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.tags = tags;
        this.rules = rules;
        this.sentenceStart = sentenceStart;
        this.paragraphs = paragraphs;
    }

    static TaggedText of(AnalyzedArticle article, List<Attribution> byRules) {
        String text = article.article().text();
        List<int[]> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) found.add(new int[]{m.start(), m.end()});
        int n = found.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = found.get(i)[0];
            ends[i] = found.get(i)[1];
            words[i] = text.substring(starts[i], ends[i]);
        }
        List<int[]> paragraphs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || text.substring(ends[i - 1], starts[i]).indexOf('\n') >= 0) {
                paragraphs.add(new int[]{from, i});
                from = i;
            }
        }
        String[] tags = new String[n];
        POSTaggerME pos = POS.get();
        for (int[] p : paragraphs) {
            String[] t = pos.tag(Arrays.copyOfRange(words, p[0], p[1]));
            System.arraycopy(t, 0, tags, p[0], t.length);
        }
        String[] rules = new String[n];
        Arrays.fill(rules, "O");
        for (Attribution a : byRules) {
            mark(rules, starts, ends, a.source(), "S");
            mark(rules, starts, ends, a.cue(), "Q");
            mark(rules, starts, ends, a.content(), "C");
        }
        boolean[] sentenceStart = new boolean[n];
        int t = 0;
        for (Sentence s : article.sentences()) {
            while (t < n && starts[t] < s.start()) t++;
            if (t < n && starts[t] < s.end()) sentenceStart[t] = true;
        }
        return new TaggedText(starts, ends, words, tags, rules, sentenceStart, paragraphs);
    }

    private static void mark(String[] rules, int[] starts, int[] ends, Span span, String role) {
        boolean first = true;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= span.start() && ends[i] <= span.end()) {
                rules[i] = (first ? "B" : "I") + role;
                first = false;
            }
        }
    }

    int size() { return words.length; }

    List<int[]> paragraphs() { return paragraphs; }

    /** Gold spans as one label per token; a token belongs to a span when it lies inside it. */
    String[] labels(List<AttributionTagger.RoleSpan> spans) {
        String[] labels = new String[words.length];
        Arrays.fill(labels, "O");
        for (AttributionTagger.RoleSpan s : spans) {
            String name = name(s.role());
            boolean first = true;
            for (int i = 0; i < words.length; i++) {
                if (starts[i] >= s.start() && ends[i] <= s.end()) {
                    labels[i] = (first ? "B-" : "I-") + name;
                    first = false;
                }
            }
        }
        return labels;
    }

    /** Labels back to character spans: a span runs from its B- token through the I- tokens of the same role. */
    List<AttributionTagger.RoleSpan> spans(String[] labels) {
        List<AttributionTagger.RoleSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= labels.length; i++) {
            String label = i < labels.length ? labels[i] : "O";
            if (open >= 0 && !label.equals("I-" + labels[open].substring(2))) {
                out.add(new AttributionTagger.RoleSpan(role(labels[open].substring(2)), starts[open], ends[i - 1]));
                open = -1;
            }
            if (label.startsWith("B-")) open = i;
        }
        return out;
    }

    static boolean follows(String previous, String label) {
        return !label.startsWith("I-") || previous.length() > 2 && previous.substring(2).equals(label.substring(2));
    }

    private static String name(AttributionTagger.Role role) {
        return switch (role) {
            case SOURCE -> "Source";
            case CUE -> "Cue";
            case CONTENT -> "Content";
        };
    }

    private static AttributionTagger.Role role(String name) {
        return switch (name) {
            case "Source" -> AttributionTagger.Role.SOURCE;
            case "Cue" -> AttributionTagger.Role.CUE;
            default -> AttributionTagger.Role.CONTENT;
        };
    }

    Context context(int from, int to) {
        return new Context(from, to);
    }

    /** Features of the tokens of one paragraph; quotation state and verb distances are computed once for it. */
    final class Context {
        private final int from;
        private final int to;
        private final int[] quoted;
        private final int[] verbBefore;
        private final int[] verbAfter;

        private Context(int from, int to) {
            this.from = from;
            this.to = to;
            int n = to - from;
            quoted = new int[n];
            verbBefore = new int[n];
            verbAfter = new int[n];
            int inside = 0;
            for (int i = 0; i < n; i++) {
                String w = words[from + i];
                if (w.equals("“")) inside = 1;
                quoted[i] = inside;
                if (w.equals("”")) inside = 0;
                if (w.equals("\"")) {
                    inside = 1 - inside;
                    quoted[i] = 1;
                }
            }
            int last = -1;
            for (int i = 0; i < n; i++) {
                verbBefore[i] = last < 0 ? -1 : i - last;
                if (reporting(from + i)) last = i;
            }
            last = -1;
            for (int i = n - 1; i >= 0; i--) {
                verbAfter[i] = last < 0 ? -1 : last - i;
                if (reporting(from + i)) last = i;
            }
        }

        String[] features(int i, String previous) {
            int j = i - from;
            List<String> f = new ArrayList<>(32);
            f.add("bias");
            for (int k = -2; k <= 2; k++) {
                f.add("w" + k + "=" + word(i + k));
                f.add("p" + k + "=" + tag(i + k));
            }
            f.add("w-1w0=" + word(i - 1) + "|" + word(i));
            f.add("w0w1=" + word(i) + "|" + word(i + 1));
            f.add("p-1p0=" + tag(i - 1) + "|" + tag(i));
            f.add("p0p1=" + tag(i) + "|" + tag(i + 1));
            f.add("shape=" + shape(words[i]));
            // the ending stands in for a lemma: "says", "said", "saying"; "officials", "lawmakers"
            String w = word(i);
            f.add("suffix=" + w.substring(Math.max(0, w.length() - 3)));
            f.add("quoted=" + quoted[j]);
            f.add("sentenceStart=" + sentenceStart[i]);
            // what is said usually stops where the sentence does
            f.add("beforeSentenceStart=" + (i + 1 < to && sentenceStart[i + 1]) + "|" + word(i));
            f.add("rule=" + rules[i]);
            f.add("rule-1=" + (i > from ? rules[i - 1] : START));
            f.add("rule+1=" + (i + 1 < to ? rules[i + 1] : "</s>"));
            f.add("rule|w=" + rules[i] + "|" + word(i));
            f.add("reporting=" + reporting(i));
            String before = bucket(verbBefore[j]);
            String after = bucket(verbAfter[j]);
            f.add("verbBefore=" + before);
            f.add("verbAfter=" + after);
            f.add("verbBefore|verbAfter=" + before + "|" + after);
            f.add("verbBefore|quoted=" + before + "|" + quoted[j]);
            f.add("verbAfter|quoted=" + after + "|" + quoted[j]);
            f.add("previous=" + previous);
            f.add("previous|w=" + previous + "|" + word(i));
            f.add("previous|rule=" + previous + "|" + rules[i]);
            return f.toArray(new String[0]);
        }

        private String word(int i) {
            return i < from ? START : i >= to ? "</s>" : words[i].toLowerCase(Locale.ROOT);
        }

        private String tag(int i) {
            return i < from ? START : i >= to ? "</s>" : tags[i];
        }
    }

    private boolean reporting(int i) {
        return REPORTING.contains(words[i].toLowerCase(Locale.ROOT));
    }

    private static String shape(String w) {
        int c = w.codePointAt(0);
        if (Character.isUpperCase(c)) return w.codePoints().allMatch(Character::isUpperCase) ? "X" : "Xx";
        if (Character.isLowerCase(c)) return "x";
        if (Character.isDigit(c)) return "d";
        return w;
    }

    private static String bucket(int distance) {
        if (distance < 0) return "none";
        if (distance == 0) return "0";
        if (distance <= 2) return "1-2";
        if (distance <= 5) return "3-5";
        if (distance <= 10) return "6-10";
        if (distance <= 20) return "11-20";
        return "far";
    }
}
