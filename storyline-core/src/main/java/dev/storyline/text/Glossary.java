package dev.storyline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * English words for the words of other languages, from bilingual dictionaries in the dictd format that the FreeDict
 * project publishes (Debian: {@code dict-freedict-fra-eng}, {@code dict-freedict-eng-rus}, ...; GPL, read from the
 * machine, never shipped with Storyline). No multilingual sentence model can be had here (README, "Languages"),
 * and a dictionary is the classic bridge of cross-language retrieval: a French page's "séisme" and "morts" become
 * the English terms "earthquak" and "dead", which the English reports of the same event share.
 *
 * <p>Both directions are read: {@code freedict-fra-eng} gives French headwords their English senses, and
 * {@code freedict-eng-fra} read backwards gives French words the English headwords they translate (some languages,
 * Russian among them, have only the English-to direction). Keys and glosses are analysed terms: a headword by its
 * language's Lucene analyzer ({@link Terms#of(String, String)}), a sense by the English chain, so a page's terms
 * are looked up as they are and their glosses compare with English terms as they are. Only one-word headwords and
 * senses of at most {@link #MAX_SENSE_TERMS} terms are kept, at most {@link #MAX_GLOSSES} glosses a word, in the
 * dictionary's order (its first senses are its commonest). A language's dictionaries are read on first use.
 */
public final class Glossary {
    /** Glosses kept per word: past the first few senses a dictionary's word means something else. */
    static final int MAX_GLOSSES = 4;
    /** Terms a sense may have: "dead person" is a gloss, a definition is not. */
    static final int MAX_SENSE_TERMS = 2;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern NOTES = Pattern.compile("<[^>]*>|\\[[^]]*]|\\([^)]*\\)|\\{[^}]*}");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d+\\.\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");
    private static final Glossary NONE = new Glossary(null);
    /** One glossary per folder, shared: a German dictionary takes seconds to read, and sweeps build many clusterers. */
    private static final Map<Path, Glossary> BY_FOLDER = new ConcurrentHashMap<>();

    private final Path directory;
    private final Map<String, Map<String, List<String>>> byLanguage = new ConcurrentHashMap<>();
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Glossary(Path directory) {
        this.directory = directory;
    }

    /** The dictionaries in a directory of dictd files ({@code freedict-fra-eng.index} and {@code .dict.dz}). */
    public static Glossary in(Path directory) {
        return directory == null ? NONE : BY_FOLDER.computeIfAbsent(directory.toAbsolutePath().normalize(), Glossary::new);
    }

    /**
     * The dictionaries the folder holds for the languages glossed, for a run's provenance ("freedict-eng-rus,
     * freedict-fra-eng"): what is there when asked, not only what was read.
     */
    public List<String> available() {
        List<String> out = new ArrayList<>();
        if (directory == null) return out;
        for (String language : Terms.languages()) {
            for (Source source : sources(language)) {
                if (Files.isRegularFile(directory.resolve(source.name() + ".index"))) out.add(source.name());
            }
        }
        out.sort(null);
        return out;
    }

    /** No dictionaries: nothing is glossed. */
    public static Glossary none() {
        return NONE;
    }

    /** The English terms for one analysed term of a text in {@code language}; empty when the dictionary has none. */
    public List<String> gloss(String term, String language) {
        return words(language).getOrDefault(term, List.of());
    }

    /** The dictionaries that could not be read so far, each with the file and the reason. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Whether there is a dictionary for the language (reading it on first call). */
    public boolean covers(String language) {
        return !words(language).isEmpty();
    }

    private Map<String, List<String>> words(String language) {
        if (directory == null || !Terms.analyses(language)) return Map.of();
        return byLanguage.computeIfAbsent(language, this::read);
    }

    /**
     * One dictionary file: its name, whether its headwords are in the language (else in English) and whether its
     * senses stand on indented lines (Mueller's English-Russian dictionary: "   1) убивать; бить") rather than on
     * the unindented lines FreeDict's use, whose indented lines are examples.
     */
    private record Source(String name, boolean toEnglish, boolean indentedSenses) {}

    private static List<Source> sources(String language) {
        // FreeDict names a dictionary by ISO 639-3 codes ("fra", "deu"), which Java knows for each ISO 639-1 one
        String code = java.util.Locale.forLanguageTag(language).getISO3Language();
        List<Source> out = new ArrayList<>(List.of(new Source("freedict-" + code + "-eng", true, false),
                new Source("freedict-eng-" + code, false, false)));
        // FreeDict's English-Russian has 1,700 headwords; Mueller's (Debian's mueller7-dict, GPL) 60,000
        if (language.equals("ru")) out.add(new Source("mueller7", false, true));
        return out;
    }

    private Map<String, List<String>> read(String language) {
        Map<String, Set<String>> glosses = new HashMap<>();
        for (Source source : sources(language)) {
            Path index = directory.resolve(source.name() + ".index");
            Path dict = directory.resolve(source.name() + ".dict.dz");
            if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) continue;
            try {
                readDictionary(index, dict, language, source, glosses);
            } catch (IOException | RuntimeException e) {
                // a broken dictionary costs its glosses, not the run: articles are still assigned by the other signals
                problems.add(index + " could not be read (" + e.getMessage() + "): its words are not glossed");
            }
        }
        Map<String, List<String>> out = new HashMap<>(glosses.size() * 2);
        glosses.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static void readDictionary(Path index, Path dict, String language, Source source,
                                       Map<String, Set<String>> glosses) throws IOException {
        byte[] data;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dict), 1 << 16)) {
            data = in.readAllBytes();
        }
        try (BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split("\t");
                if (parts.length < 3 || parts[0].startsWith("00database") || parts[0].indexOf(' ') >= 0) continue;
                long offset = base64(parts[1]);
                long length = base64(parts[2]);
                if (offset < 0 || length <= 0 || offset + length > data.length) continue;
                String entry = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
                addEntry(parts[0], entry, language, source.toEnglish(), source.indentedSenses() ? indentedSenses(entry) : senses(entry), glosses);
            }
        }
    }

    /** One dictd entry: its first line the headword (with pronunciation and part of speech), then its senses. */
    static void addEntry(String headword, String entry, String language, boolean toEnglish, List<String> senses,
                         Map<String, Set<String>> glosses) {
        if (senses.isEmpty()) return;
        if (toEnglish) {
            List<String> key = Terms.of(headword, language);
            if (key.size() != 1) return;
            Set<String> into = glosses.computeIfAbsent(key.get(0), k -> new LinkedHashSet<>());
            for (String sense : senses) {
                if (into.size() >= MAX_GLOSSES) break;
                List<String> english = Terms.of(sense);
                if (!english.isEmpty() && english.size() <= MAX_SENSE_TERMS) into.addAll(english);
            }
        } else {
            List<String> english = Terms.of(headword);
            if (english.size() != 1) return;
            for (String sense : senses) {
                List<String> key = Terms.of(sense, language);
                if (key.size() != 1) continue;
                Set<String> into = glosses.computeIfAbsent(key.get(0), k -> new LinkedHashSet<>());
                if (into.size() < MAX_GLOSSES) into.add(english.get(0));
            }
        }
    }

    /** The senses of an entry, in its order: unindented lines after the first, split at commas and semicolons. */
    static List<String> senses(String entry) {
        List<String> out = new ArrayList<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) continue;
            line = NOTES.matcher(SENSE_NUMBER.matcher(line).replaceFirst("")).replaceAll(" ");
            for (String sense : SEPARATORS.split(line)) {
                String s = sense.strip();
                // a pronunciation left after a sense ("Pres.,  /pɾˈeːs/") is no sense
                if (!s.isEmpty() && s.indexOf('/') < 0) out.add(s);
            }
        }
        return out;
    }

    /**
     * The senses of a Mueller entry: every line after the first, its numbering ("1.", "2)"), labels ("_n.",
     * "_разг.") and notes gone, split at commas and semicolons. English examples come along; the one-term rule of
     * {@link #addEntry} leaves them out.
     */
    static List<String> indentedSenses(String entry) {
        List<String> out = new ArrayList<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = LABELS.matcher(NOTES.matcher(lines[i].strip()).replaceAll(" ")).replaceAll(" ");
            for (String sense : SEPARATORS.split(line)) {
                String s = sense.strip();
                if (!s.isEmpty()) out.add(s);
            }
        }
        return out;
    }

    private static final Pattern LABELS = Pattern.compile("^(?:[IVX]+\\s+)?(?:\\d+[.)]\\s*)*|_\\p{L}+\\.?");

    /** dictd's base-64 numbers: most significant digit first; -1 when the text is not one. */
    static long base64(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = ALPHABET.indexOf(s.charAt(i));
            if (d < 0 || n > (Long.MAX_VALUE >> 6)) return -1;
            n = n * 64 + d;
        }
        return n;
    }
}
