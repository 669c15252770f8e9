package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Quantity;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and what they count, read left to right: an approximation cue ("around", "more than"), the number
 * (digits, words or a vague plural like "thousands of"), a unit, then the counted noun phrase up to the first
 * verb, preposition or punctuation. Years and calendar days are time expressions, not quantities. A sentence
 * in Chinese or Japanese script is read by {@link ChineseQuantities} instead, and one of an article in French, German,
 * Spanish, Italian, Portuguese or Russian by {@link OtherLanguageQuantities}. Thread-safe, stateless.
 */
public final class QuantityExtractor {
    static final String RULE = "quantity-pattern";
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen)";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<approx>(?:(?:around|about|approximately|roughly|some|nearly|almost|an estimated|"
                    + "more than|over|at least|less than|fewer than|under|up to|as many as|upwards of|close to)\\s+))?"
                    + "(?<cur>(?:US|AU|A|C|HK|NZ|S)?\\$\\s?|[€£¥])?(?:(?<num>" + NUMBER + ")(?:\\s*(?<scale>hundred|thousand|million|billion|trillion|bn)\\b)?"
                    + "|(?<word>" + WORDS + ")(?:\\s+(?<wscale>hundred|thousand|million|billion))?\\b"
                    + "|(?<tens>tens of thousands|hundreds of thousands)\\b|(?<vague>dozens|scores|hundreds|thousands|millions|billions)\\b)"
                    + "(?<pct>\\s*(?:%|per ?cent\\b))?(?<pp>\\s+percentage\\s+points?\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE = Pattern.compile(
            "\\b(rose|risen|rising|increased|grew|jumped|climbed|soared|up)\\s+(?:by\\s+)?(?:to\\s+)?$|"
                    + "\\b(fell|fallen|dropped|declined|decreased|down|plunged|slipped)\\s+(?:by\\s+)?(?:to\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** The unit of "2.5 percentage points": a difference of shares, not a share. */
    public static final String PERCENTAGE_POINTS = "pp";
    /**
     * What "one" counts: a thing or a person of the story ("one person", "one soldier", "one engine"), never a
     * speaker ("one source said"), a part ("one of"), a time (a time expression's) or a manner of speaking.
     */
    private static final Pattern ONE_COUNTS = Pattern.compile("^\\s+(?!(?:source|sources|official|officials|diplomat|analyst|"
            + "observer|witness|resident|expert|insider|spokesman|spokeswoman|aide|adviser|advisor|another|other|others|way|"
            + "thing|things|time|times|day|night|week|month|year|decade|hour|minute|second|moment|more|last|side|hand|point|"
            + "question|reason|example|such|who|that|which|in|of|on|at|by|to|for|and|or|is|was|has|had|would|will|can|"
            + "could|may|might|must|should|did|does|do|with|from|as|thing|place|case|option|problem|issue|step|way|"
            + "area|part|kind|sort|type|form|sign|factor|element|aspect|thing)\\b)\\p{Ll}{3,}");
    /** An earthquake's magnitude: a measure of its own, whatever word stands around it ("a 7.8 magnitude quake"). */
    public static final String MAGNITUDE = "magnitude";
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"), Map.entry("miles", "mile"), Map.entry("mile", "mile"), Map.entry("metres", "m"),
            Map.entry("meters", "m"), Map.entry("kg", "kg"), Map.entry("kilograms", "kg"), Map.entry("tonnes", "t"),
            Map.entry("tons", "t"), Map.entry("dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("days", "day"), Map.entry("day", "day"), Map.entry("weeks", "week"), Map.entry("week", "week"),
            Map.entry("months", "month"), Map.entry("month", "month"), Map.entry("years", "year"), Map.entry("year", "year"),
            Map.entry("hours", "hour"), Map.entry("hour", "hour"), Map.entry("minutes", "minute"), Map.entry("minute", "minute"),
            Map.entry("seconds", "second"), Map.entry("percent", "%"), Map.entry("magnitude", MAGNITUDE),
            Map.entry("crown", "crown"), Map.entry("crowns", "crown"), Map.entry("kronor", "crown"), Map.entry("krona", "crown"),
            Map.entry("kroner", "crown"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rupees", "INR"),
            Map.entry("gb", "GB"), Map.entry("mb", "MB"), Map.entry("tb", "TB"), Map.entry("ghz", "GHz"),
            Map.entry("inch", "inch"), Map.entry("inches", "inch"), Map.entry("feet", "ft"), Map.entry("foot", "ft"),
            Map.entry("mph", "mph"));
    /** "magnitude 7.8", "a magnitude-7.8 quake", "of magnitude 7.4", "measured 7.4 on the Richter scale". */
    private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)\\b(magnitude|measured|measuring)(\\s+of)?[\\s-]*$");
    /** Where the counted noun phrase ends. */
    private static final Set<String> STOP = Set.of("have", "has", "had", "were", "was", "are", "is", "be", "been", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "in", "to", "from", "at", "on",
            "by", "for", "with", "into", "across", "over", "under", "since", "during", "than", "that", "who", "which",
            "while", "as", "after", "before", "near", "of", "per", "killed", "arrived", "died", "wounded", "said", "and", "or",
            "but", "a", "an", "the", "this", "these", "those", "their", "his", "her", "its", "they", "he", "she", "it", "we",
            "between", "among", "around", "about", "each", "every", "last", "next", "more", "less", "so", "away", "ago",
            "out", "up", "down", "off", "back", "again", "still", "only", "even", "already", "now", "then", "there", "here");
    private static final Set<String> ADJECTIVE_AND = Set.of("and", "or");
    private static final Pattern PART_OF = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|" + WORDS + ")\\s+of\\s+(?:the|its|their)\\s*$");

    public List<Quantity> extract(AnalyzedArticle article) {
        List<Quantity> out = new ArrayList<>();
        String language = article.article().language();
        boolean other = language != null && OtherLanguageQuantities.LANGUAGES.contains(language);
        for (Sentence s : article.sentences()) {
            if (s.text().codePoints().anyMatch(Words::unspaced)) { // numbers set in ideographs, which the words below never see
                out.addAll(ChineseQuantities.extract(article.id(), s));
                continue;
            }
            if (other) { // French, German, ...: their own words for what is counted, named in English
                out.addAll(OtherLanguageQuantities.extract(article.id(), s, language));
                continue;
            }
            List<Quantity> ranges = ages(article.id(), s);
            ranges.addAll(fractions(article.id(), s));
            List<Quantity> found = new ArrayList<>(ranges);
            Matcher m = QUANTITY.matcher(s.text());
            while (m.find()) {
                int at = s.start() + m.start();
                // inside a range or a span already read ("nine hours and 45 minutes"): part of that figure
                if (found.stream().anyMatch(r -> at >= r.span().start() && at < r.span().end())) continue;
                Quantity q = quantity(article.id(), s, m);
                if (q != null) found.add(q);
            }
            found.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
            out.addAll(found);
        }
        return out;
    }

    private Quantity quantity(String articleId, Sentence s, Matcher m) {
        return quantity(articleId, s, m, false);
    }

    /** {@code rangeEnd}: the number is the high end of a range ("20%" of "15-20%"), read for its unit and noun. */
    private Quantity quantity(String articleId, Sentence s, Matcher m, boolean rangeEnd) {
        String text = s.text();
        String after = text.substring(m.end());
        // a significance is written joined to its number ("a five-sigma signal") and counts sigma whatever noun
        // follows; a space for the hyphen keeps every offset
        boolean sigma = SIGMA_JOINED.matcher(after).find();
        if (sigma) after = " " + after.substring(1);
        String before = text.substring(0, m.start());
        double value;
        String approximation = approximation(m.group("approx"));
        // "information about six collapsed buildings": after a noun or a verb of speaking, "about" is "concerning"
        if ("about".equals(approximation) && m.group("approx").strip().equalsIgnoreCase("about")
                && ABOUT_AS_PREPOSITION.matcher(before).find()) approximation = "exact";
        if (m.group("num") != null) {
            Double v = NumberWords.digits(m.group("num"));
            if (v == null) return null;
            if (m.group("scale") != null) v *= NumberWords.scale(m.group("scale"));
            value = v;
            String raw = m.group("num");
            boolean yearLike = raw.length() == 4 && !raw.contains(",") && value >= 1800 && value <= 2100 && m.group("scale") == null;
            if (yearLike && m.group("cur") == null && m.group("pct") == null) return null;
            if (MONTH.matcher(after.stripLeading()).find() || MONTH_BEFORE.matcher(before).find()) return null;
            if (!rangeEnd && m.group("pp") == null) { // "rose 2.5 percentage points to 7%" is a change and a level
                Quantity range = range(articleId, s, m, value, approximation, before, after);
                if (range != null) return range;
            }
            // "Boeing 737", "iPhone 4", "Trent 900 engines": a number after a name is part of the name
            if (m.group("cur") == null && m.group("pct") == null && m.group("scale") == null && NAME_BEFORE.matcher(before).find()
                    && !titleCase(text)) return null;
            // "3G", "3D", "150px": letters against the number make a name, unless they are its unit ("2GB")
            Matcher glued = GLUED_LETTERS.matcher(after);
            if (m.group("pct") == null && glued.find() && !UNITS.containsKey(glued.group(1).toLowerCase(Locale.ROOT))) return null;
            Quantity measure = hyphenatedMeasure(articleId, s, m, value, approximation(m.group("approx")), after);
            if (measure != null) return measure;
            if (after.startsWith(":") || before.endsWith(":") || after.matches("^(?:st|nd|rd|th)\\b.*")
                    || !rangeEnd && before.endsWith("-") || after.startsWith("-")) return null; // clock times, ordinals, scores
        } else if (m.group("word") != null) {
            // "one person was killed" counts; "one source", "one of", "one day", "one way" do not
            if (m.group("word").equalsIgnoreCase("one") && m.group("wscale") == null && !ONE_COUNTS.matcher(after).lookingAt()) return null;
            if (after.startsWith("-")) return null; // "twelve-year lows", "three-time champion": an adjective
            Integer w = NumberWords.word(m.group("word").replaceFirst("(?i)^a ", ""));
            if (w == null) return null;
            value = w * (m.group("wscale") == null ? 1 : NumberWords.scale(m.group("wscale")));
        } else if (m.group("tens") != null) {
            value = m.group("tens").toLowerCase(Locale.ROOT).startsWith("tens") ? 10_000 : 100_000;
            approximation = "vague";
        } else {
            value = NumberWords.VAGUE.get(m.group("vague").toLowerCase(Locale.ROOT));
            approximation = "vague";
        }
        String unit = null;
        if (m.group("pct") != null) unit = "%";
        if (m.group("pp") != null) unit = PERCENTAGE_POINTS;
        if (m.group("num") != null && m.group("num").contains(".") && value < 10 && MAGNITUDE_BEFORE.matcher(before).find()) unit = MAGNITUDE;
        if (m.group("cur") != null) unit = currency(m.group("cur"));
        int end = m.end();
        String rest = after;
        if ("vague".equals(approximation) || m.group("tens") != null) {
            Matcher of = Pattern.compile("^\\s+of\\b").matcher(rest);
            if (!of.find()) return null; // "thousands" alone counts nothing we can name
            end += of.end();
            rest = rest.substring(of.end());
        }
        Phrase read = Phrase.read(rest, unit);
        List<String> phrase = read.words();
        int consumed = read.consumed();
        unit = read.unit();
        value += read.added();
        String counted = null;
        String countedPhrase = null;
        if (!phrase.isEmpty()) {
            countedPhrase = String.join(" ", phrase);
            counted = singular(phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT));
            String head = phrase.get(phrase.size() - 1);
            if (Character.isUpperCase(head.charAt(0)) && phrase.size() == 1 && head.chars().noneMatch(Character::isDigit) && !titleCase(text)) {
                counted = null; // "7,000 Iranian" alone names no counted thing ("24 A320s" does)
                countedPhrase = null;
            }
        }
        if (MAGNITUDE.equals(unit)) counted = MAGNITUDE; // the quake's, whatever noun follows
        if (sigma) counted = "sigma";
        if (phrase.isEmpty() && unit == null && !"vague".equals(approximation)) {
            // "20 of Boeing's larger 777 planes", "about 1,100 of its dealerships": what is counted follows "of"
            Matcher of = OF_WHOLE.matcher(rest);
            if (of.find() && !PART_OF.matcher(before).find()) {
                Quantity whole = quantityOf(articleId, s, m, value, approximation, before, rest.substring(of.end()), m.end() + of.end());
                if (whole != null) return whole;
            }
        }
        if (phrase.isEmpty() && unit == null && !rangeEnd) {
            // "killed 102 and 21 people", "holding 500 and 1,000 songs": the next figure's noun counts this one too
            Matcher and = COORDINATED.matcher(rest);
            if (and.find()) {
                Matcher next = numberAt(s, m.end() + and.end());
                Quantity other = next == null ? null : quantity(articleId, s, next, true);
                if (other != null && other.countedPhrase() != null) {
                    counted = other.counted();
                    unit = other.unit();
                }
            }
        }
        if (counted == null && unit == null) {
            // "put the number of people evacuated at 4,500", "the death toll rose to 63": the count is named before it
            Matcher number = NUMBER_OF_BEFORE.matcher(before);
            Matcher nounOf = NOUN_OF_BEFORE.matcher(before);
            if (number.find()) counted = singular(number.group(1).toLowerCase(Locale.ROOT));
            else if (TOLL_BEFORE.matcher(before).find() || ACTED_ON_BEFORE.matcher(before).find()) counted = "people";
            // "job cuts of 10,000", "a level of 743.33", "an increase of 330.89": the noun before "of" is what it is
            else if (nounOf.find() && !STOP.contains(nounOf.group(1).toLowerCase(Locale.ROOT))) counted = singular(nounOf.group(1).toLowerCase(Locale.ROOT));
            // "claims rose 15,000", "the index fell 344.65", "closing at 8,579.19": a level or a change of one
            else if (change(before) != null || !rangeEnd && LEVEL_BEFORE.matcher(before).find() && (m.group("num") != null
                    && (m.group("num").contains(".") || value >= 1000))) counted = measured(before, rest, "level");
        }
        if (counted == null && unit != null) {
            // a share, a sum or a span measures something: "58.2% of the vote", "the handshake lasted 13 seconds",
            // "inflation reached 6.8 percent"; what it measures is its slot, so two shares of one thing can disagree
            counted = measured(before, rest.substring(Math.min(consumed, rest.length())), unit);
        }
        if (counted == null && unit == null) return null;
        // "two of the seven members": the second number is the whole the first is part of, not a count of its own
        if (PART_OF.matcher(before).find()) return null;
        String change = change(before);
        int start = s.start() + m.start();
        int stop = s.start() + end + (countedPhrase == null && unit != null ? consumed : consumed);
        String spanText = s.text().substring(m.start(), Math.min(s.text().length(), stop - s.start())).strip();
        return new Quantity(new Span(articleId, s.index(), start, start + spanText.length(), spanText), value, unit, counted,
                countedPhrase, approximation, change, RULE);
    }

    /**
     * The counted noun phrase at the start of {@code rest}, up to the first verb, preposition or punctuation, or the
     * unit word found first ("nine hours and 45 minutes" adds 0.75 to the value).
     */
    private record Phrase(List<String> words, int consumed, String unit, double added) {
        static Phrase read(String rest, String unit) {
            double added = 0;
            String[] words = rest.split("(?=[\\s,.;:!?\"”“()])", -1);
            List<String> phrase = new ArrayList<>();
            int consumed = 0;
            for (String raw : words) {
                String w = raw.strip();
                if (w.isEmpty()) { consumed += raw.length(); continue; }
                // "60 Boeing 787 Dreamliner aircraft", "18 777s": a model number inside or as the counted noun
                boolean model = w.matches("\\p{L}*\\p{N}+\\p{L}*") && (w.matches("\\p{L}*\\p{N}+\\p{L}*s") || !phrase.isEmpty());
                if (!w.matches("[\\p{L}][\\p{L}'’-]*") && !model) break;
                String lower = w.toLowerCase(Locale.ROOT);
                if (unit == null && phrase.isEmpty() && UNITS.containsKey(lower)) {
                    unit = UNITS.get(lower);
                    consumed += raw.length();
                    // "nine hours and 45 minutes" is 9.75 hours, not nine
                    Matcher minutes = unit.equals("hour") ? AND_MINUTES.matcher(rest.substring(consumed)) : null;
                    if (minutes != null && minutes.find()) {
                        Integer min = minutes.group(1).chars().allMatch(Character::isDigit)
                                ? Integer.valueOf(minutes.group(1)) : NumberWords.word(minutes.group(1).toLowerCase(Locale.ROOT));
                        if (min != null && min < 60) {
                            added += min / 60.0;
                            consumed += minutes.end();
                        }
                    }
                    break;
                }
                boolean joinsAdjectives = ADJECTIVE_AND.contains(lower) && !phrase.isEmpty()
                        && Character.isUpperCase(phrase.get(phrase.size() - 1).charAt(0));
                // "18 more 777s", "six more A350s": "more" before a noun is a count's adjective
                boolean moreOf = phrase.isEmpty() && (lower.equals("more") || lower.equals("further"))
                        && !rest.substring(consumed + raw.length()).stripLeading().startsWith("than");
                if (moreOf) { consumed += raw.length(); continue; }
                if (STOP.contains(lower) && !joinsAdjectives) break;
                if (lower.endsWith("ing") && !phrase.isEmpty()) break; // "fighters flocking to": the verb ends the phrase
                // "masked gunmen": before the noun an -ed word is an adjective; after one ("gunmen stormed") it is the verb
                if (lower.endsWith("ed") && !phrase.isEmpty() && !phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT).endsWith("ed")) break;
                phrase.add(w);
                consumed += raw.length();
                if (phrase.size() >= 6 || plural(lower)) break; // "4,000 passengers use": the plural noun is the head
            }
            while (!phrase.isEmpty() && ADJECTIVE_AND.contains(phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT))) {
                phrase.remove(phrase.size() - 1);
            }
            return new Phrase(phrase, consumed, unit, added);
        }
    }

    /** A range's joint: "15-20%", "20 to 25 percent", "between 7,000 and 10,000 fighters". */
    private static final Pattern RANGE_JOINT = Pattern.compile("^\\s*(?:-|–|to)\\s*(?=[$€£¥\\d]|(?:US|AU|A|C|HK|NZ|S)\\$)");
    private static final Pattern AND_JOINT = Pattern.compile("^\\s+and\\s+(?=[$€£¥\\d]|(?:US|AU|A|C|HK|NZ|S)\\$)");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    /** "rose from US$55 billion to US$110 billion" is a change, two figures, not a range. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

    /**
     * A range whose low end {@code m} has just been read: the high end is read as a figure of its own (its unit,
     * scale and counted noun stand for both: "25,000 to 30,000 positions", "1.2 to 1.5 million"), and the range is
     * one quantity from the low end's start. Null when no range starts here, or its ends are not low then high
     * ("52-35" is a vote's tally).
     */
    private Quantity range(String articleId, Sentence s, Matcher m, double low, String approximation, String before, String after) {
        Matcher joint = RANGE_JOINT.matcher(after);
        boolean found = joint.find() && !FROM_BEFORE.matcher(before).find();
        if (!found) {
            joint = AND_JOINT.matcher(after);
            found = joint.find() && BETWEEN_BEFORE.matcher(before).find();
        }
        if (!found) return null;
        Matcher high = numberAt(s, m.end() + joint.end());
        if (high == null || high.group("num") == null) return null;
        Quantity end = quantity(articleId, s, high, true);
        if (end == null) return null;
        Double highDigits = NumberWords.digits(high.group("num"));
        // "1.2 to 1.5 million": the scale written once stands for both ends
        if (m.group("scale") == null && high.group("scale") != null && highDigits != null && low <= highDigits) {
            low *= NumberWords.scale(high.group("scale"));
        }
        double top = end.value();
        String unit = end.unit();
        if (low >= top) {
            // "securing 58.2%-57.6 of the vote": several estimates' shares, highest first, the sign written once; a
            // score ("won 3-2") has no unit and is no range
            if (m.group("pct") == null || unit != null || low == top) return null;
            unit = "%";
            top = low;
            low = end.value();
        }
        int start = s.start() + m.start();
        String text = s.text().substring(m.start(), end.span().end() - s.start());
        return new Quantity(new Span(articleId, s.index(), start, end.span().end(), text), low, unit, end.counted(),
                end.countedPhrase(), approximation, change(before), RULE, top);
    }

    /** The figure that starts at {@code at} in the sentence (seeing the text before it), or null. */
    private static Matcher numberAt(Sentence s, int at) {
        Matcher m = QUANTITY.matcher(s.text());
        m.useTransparentBounds(true).region(at, s.text().length());
        return m.lookingAt() ? m : null;
    }

    /** "20 of Boeing's larger 777 planes", "ten of its plants", "2 of Airbus' massive new A380s". */
    private static final Pattern OF_WHOLE = Pattern.compile("^\\s+of\\s+(?:the|its|their|his|her|our|these|those|"
            + "\\p{Lu}[\\p{L}.-]*(?:'s|’s|'|’))\\s+");

    /** A count whose counted noun follows "of" and a determiner; null when none is named there. */
    private Quantity quantityOf(String articleId, Sentence s, Matcher m, double value, String approximation, String before,
                                String rest, int restStart) {
        Phrase read = Phrase.read(rest, null);
        if (read.words().isEmpty() || read.unit() != null) return null;
        String head = read.words().get(read.words().size() - 1);
        if (Character.isUpperCase(head.charAt(0)) && read.words().size() == 1) return null;
        String countedPhrase = String.join(" ", read.words());
        int start = s.start() + m.start();
        int stop = Math.min(s.text().length(), restStart + read.consumed());
        String text = s.text().substring(m.start(), stop).strip();
        return new Quantity(new Span(articleId, s.index(), start, start + text.length(), text), value, null,
                singular(head.toLowerCase(Locale.ROOT)), countedPhrase, approximation, change(before), RULE);
    }

    /** A word right before the number that makes it part of a name ("Boeing", "iPhone", "Poor's"), not the first word. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<=\\S\\s)(?!(?:US|AU|HK|NZ)\\$)[\\p{L}'’-]*\\p{Lu}[\\p{L}'’-]*\\s$");
    private static final Pattern GLUED_LETTERS = Pattern.compile("^(\\p{L}+)");

    private static String currency(String sign) {
        return switch (sign.strip()) {
            case "$", "US$" -> "USD";
            case "AU$", "A$" -> "AUD";
            case "C$" -> "CAD";
            case "HK$" -> "HKD";
            case "NZ$" -> "NZD";
            case "S$" -> "SGD";
            case "€" -> "EUR";
            case "¥" -> "JPY";
            default -> "GBP";
        };
    }

    /** "... hours and 45 minutes", "... hours and a half" is not read (rare, and "a half" is no number here). */
    private static final Pattern AND_MINUTES = Pattern.compile("^\\s+and\\s+(\\d{1,2}|" + WORDS + ")\\s+minutes?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "aged 11 to 17", "ages 11-16", "aged between 11 and 17", "between the ages of 11 and 16": the ages of a group,
     * one figure read as its oldest (what two reports of the same group differ on), counted as "age range" so it is
     * never taken for one person's age ("the 25-year-old coach").
     */
    private static final Pattern AGE_RANGE = Pattern.compile(
            "(?i)\\b(?:aged?|ages|between the ages of)\\s+(?:between\\s+)?(\\d{1,3})\\s*(?:-|–|to|and)\\s*(\\d{1,3})(?:\\s+years?(?:\\s+old)?)?\\b");
    static final String AGE_RANGE_SLOT = "age range";

    /** "aged 56", "at the age of 56", "Barra, 51, will be": one person's age. */
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(?:aged|at the age of)\\s+(\\d{1,3})\\b(?!\\s*(?:-|–|to|and)\\s*\\d)");
    /** "Barra, 51, will": matched whole, the name included (a lookbehind tried at every position cost ten times more). */
    private static final Pattern AGE_AFTER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,30},\\s(\\d{1,3}),\\s");

    /** Ages: of a group as one range figure, of a person as an age. */
    private static List<Quantity> ages(String articleId, Sentence s) {
        List<Quantity> out = new ArrayList<>();
        if (s.text().chars().noneMatch(Character::isDigit)) return out; // every sentence passes here
        Matcher m = AGE_RANGE.matcher(s.text());
        while (m.find()) {
            int low = Integer.parseInt(m.group(1));
            int high = Integer.parseInt(m.group(2));
            if (low >= high || high > 130) continue;
            int start = s.start() + m.start();
            out.add(new Quantity(new Span(articleId, s.index(), start, start + m.group().length(), m.group()), high, "year",
                    AGE_RANGE_SLOT, m.group(), "exact", null, RULE));
        }
        for (Pattern p : List.of(AGE, AGE_AFTER_NAME)) {
            Matcher a = p.matcher(s.text());
            while (a.find()) {
                int age = Integer.parseInt(a.group(1));
                if (age == 0 || age > 130) continue;
                // "aged 56" is the span; after a name, the number alone ("51")
                int from = p == AGE ? a.start() : a.start(1);
                int to = p == AGE ? a.end() : a.end(1);
                int start = s.start() + from;
                if (out.stream().anyMatch(q -> start >= q.span().start() && start < q.span().end())) continue;
                String text = s.text().substring(from, to);
                out.add(new Quantity(new Span(articleId, s.index(), start, start + text.length(), text), age, "year",
                        "age", null, "exact", null, RULE));
            }
        }
        out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return out;
    }

    /** "about half of", "a quarter of its dealers", "two-thirds of the vote", "half a percent": shares, in percent. */
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:(?<approx>about|around|nearly|almost|more than|over|roughly|"
            + "some|approximately|less than|under)\\s+)?(?<!(?:first|second|last|latter|former)\\s)(?<f>half|a half|one half|a quarter|one quarter|a third|one third|"
            + "two[- ]thirds|three[- ]quarters|a fifth|one fifth|a tenth|one tenth)(?:(?=,?\\s+of\\b)|(?<pct>\\s+a\\s+(?:percent|per cent|"
            + "percentage point)))");

    private static final Pattern FRACTION_WORD = Pattern.compile("(?i)half|quarter|third|fifth|tenth");

    private static List<Quantity> fractions(String articleId, Sentence s) {
        List<Quantity> out = new ArrayList<>();
        if (!FRACTION_WORD.matcher(s.text()).find()) return out; // every sentence passes here
        Matcher m = FRACTION.matcher(s.text());
        while (m.find()) {
            String f = m.group("f").toLowerCase(Locale.ROOT).replace('-', ' ');
            double share = switch (f.substring(f.indexOf(' ') + 1)) {
                case "half" -> 50;
                case "quarter" -> 25;
                case "third" -> 100 / 3.0;
                case "thirds" -> 200 / 3.0;
                case "quarters" -> 75;
                case "fifth" -> 20;
                default -> 10;
            };
            if (f.equals("half")) share = 50;
            double value = m.group("pct") != null ? share / 100 : Math.round(share * 10) / 10.0;
            String counted = m.group("pct") != null ? null : measured(s.text().substring(0, m.start()), s.text().substring(m.end()), "%");
            int start = s.start() + m.start();
            out.add(new Quantity(new Span(articleId, s.index(), start, start + m.group().length(), m.group()), value, "%",
                    counted, null, approximation(m.group("approx")), null, RULE));
        }
        return out;
    }

    /** A headline set in title case ("Gunmen Storm Paris Offices, Kill 12"), where capitals do not mark names. */
    private static boolean titleCase(String sentence) {
        String[] words = Words.pieces(sentence);
        int letters = 0;
        int capitals = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.length() < 4) continue;
            letters++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return letters >= 3 && capitals >= 0.7 * letters;
    }

    private static final Pattern SIGMA_JOINED = Pattern.compile("(?i)^-sigma\\b");

    /** "a 13-second handshake", "a 38-minute one-on-one meeting", "the 84-year-old Higgs": a measure as an adjective. */
    private static final Pattern HYPHEN_UNIT = Pattern.compile(
            "^-(second|minute|hour|day|week|month|year|mile|metre|meter|kilometre|kilometer|km)s?(-old)?\\b((?:\\s+[\\p{Ll}][\\p{Ll}'’-]*){0,3})");

    /**
     * A number joined to its unit by a hyphen measures the noun after it ("13-second handshake" is the handshake's
     * length); "-year-old" is an age. Null when the number is not such a measure.
     */
    private static Quantity hyphenatedMeasure(String articleId, Sentence s, Matcher m, double value, String approximation, String after) {
        Matcher h = HYPHEN_UNIT.matcher(after);
        if (!h.find()) return null;
        String unit = UNITS.get(h.group(1).toLowerCase(Locale.ROOT) + "s");
        if (unit == null) unit = UNITS.get(h.group(1).toLowerCase(Locale.ROOT));
        if (unit == null) return null;
        String counted = h.group(2) != null ? "age" : null;
        int end = m.end() + h.end(1) + (h.group(2) == null ? 0 : h.group(2).length());
        if (counted == null) {
            // the measured noun: the last word of the phrase after it, before any verb or preposition
            String phrase = null;
            int at = m.end() + h.start(3);
            for (String w : Words.pieces(h.group(3).strip())) {
                if (w.isEmpty() || STOP.contains(w)) break;
                phrase = w;
                at = s.text().indexOf(w, at) + w.length();
                // a compound modifier ("one-on-one") or an adjective ("silent") stands before the noun; the noun ends it
                if (!w.contains("-") && !ADJECTIVE_ENDING.matcher(w).find()) break;
            }
            if (phrase == null) return null;
            counted = singular(phrase);
            end = at;
        }
        String text = s.text().substring(m.start(), Math.min(s.text().length(), end)).strip();
        int start = s.start() + m.start();
        return new Quantity(new Span(articleId, s.index(), start, start + text.length(), text), value, unit, counted, null,
                approximation, null, RULE);
    }

    private static final Pattern ABOUT_AS_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:information|news|reports?|details|data|talk|talks|concerns?|questions?|worried|spoke|speaking|"
                    + "know|knew|learned|heard|told|asked|warned)\\s+$");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:al|ive|ous|ic|ful|less|ary|ent|ant)$");
    private static final Pattern NUMBER_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:number|total|count|tally)\\s+of\\s+(?:the\\s+)?([\\p{L}][\\p{L}'’-]*)(?:\\s+[\\p{L}'’-]+){0,4}\\s+"
                    + "(?:at|to|was|is|as|stood at|reached|rose to|climbed to|passed|surpassed)\\s*$");
    private static final Pattern COORDINATED = Pattern.compile("^\\s+(?:and|or)\\s+(?=[$€£¥]?\\d)");
    private static final Pattern NOUN_OF_BEFORE = Pattern.compile("(?i)\\b([\\p{L}][\\p{L}-]{2,})\\s+of\\s+$");
    /** Where an index's level stands: "closing at", "to", "a level of", "finished on". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)\\b(?:at|to|on|below|above)\\s+(?:the\\s+)?$");
    /** "killing 12", "injuring another seven": the people the verb acted on. */
    private static final Pattern ACTED_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:killing|injuring|wounding|rescuing|evacuating|arresting)\\s+(?:another\\s+|a further\\s+)?$");
    private static final Pattern TOLL_BEFORE = Pattern.compile(
            "(?i)\\b(?:death|casualty)\\s+toll\\b(?:\\s+[\\p{L}'’-]+){0,3}\\s*$");
    private static final Pattern OF_THING = Pattern.compile("^\\s*of\\s+(?:(?:the|a|an|its|their|his|her|these|those|this|our)\\s+)?([\\p{L}][\\p{L}'’-]*)");
    /** How far back, in words, the measured thing of a share or span is looked for. */
    static final int MEASURED_WORDS = 6;

    /** Verbs and modifiers that stand between a measured thing and its value ("prices rose to 5.5 percent"). */
    private static final Set<String> NOT_MEASURED = Set.of("rose", "fell", "grew", "won", "got", "took", "hit", "stood",
            "stands", "reached", "lasted", "went", "came", "made", "gave", "put", "saw", "past", "first", "nearly",
            "almost", "some", "just", "barely", "roughly", "approximately", "estimated", "projected", "record", "total", "point",
            "points", "percentage", "quarter", "half");
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year");

    /**
     * The thing a unit quantity measures: its "of" complement, else the nearest noun-like word before it (a span of
     * time only from the three words before it: "over the past two days" measures nothing named).
     */
    static final String VOTE = "vote";
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion", "bn");

    static String measured(String before, String after, String unit) {
        Matcher of = OF_THING.matcher(after);
        if (of.find() && !STOP.contains(of.group(1).toLowerCase(Locale.ROOT))) return singular(of.group(1).toLowerCase(Locale.ROOT));
        String[] words = before.split("[^\\p{L}'’-]+");
        int window = TIME_UNITS.contains(unit) ? 3 : MEASURED_WORDS;
        boolean onlyStops = true;
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < window; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            seen++;
            // "the jury deliberated for over 10 hours", "jurors deliberated for about nine hours": a span of time
            // measures the act the verb right before it names, whoever did it
            if (TIME_UNITS.contains(unit) && onlyStops && w.endsWith("ed") && !NOT_MEASURED.contains(w) && w.length() > 4) return w;
            if (!STOP.contains(w)) onlyStops = false;
            if (STOP.contains(w) || NOT_MEASURED.contains(w) || UNITS.containsKey(w) || SCALES.contains(w) || w.endsWith("ed") || w.length() < 3) continue;
            // "defeated Marine Le Pen by about 65.5%", "Le Pen's 33.9%", "Emmanuel Macron (27.9%)": a share named by a
            // candidate is a share of the vote, so two outlets' shares of one vote meet in one slot
            if (unit.equals("%") && Character.isUpperCase(words[i].charAt(0)) && i > 0) return VOTE;
            return singular(w);
        }
        return null;
    }

    private static String approximation(String cue) {
        if (cue == null) return "exact";
        String c = cue.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "more than", "over", "upwards of" -> "more-than";
            case "at least" -> "at-least";
            case "less than", "fewer than", "under" -> "less-than";
            case "up to", "as many as" -> "up-to";
            default -> "about";
        };
    }

    private static String change(String before) {
        Matcher m = CHANGE.matcher(before);
        if (!m.find()) return null;
        return m.group(1) != null ? "rise" : "fall";
    }

    private static boolean plural(String w) {
        return !singular(w).equals(w) || w.equals("people") || w.equals("police");
    }

    /** Crude English singular, enough to put "fighters" and "fighter" in one slot. */
    static String singular(String w) {
        if (w.equals("men")) return "man";
        if (w.endsWith("men") && w.length() > 4) return w.substring(0, w.length() - 3) + "man"; // gunmen, firemen, policemen
        if (w.equals("people") || w.equals("police")) return w;
        if (w.equals("children")) return "child";
        if (w.equals("women")) return "woman";
        if (w.equals("sorties") || w.equals("movies") || w.equals("cookies") || w.equals("zombies")) return w.substring(0, w.length() - 1);
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}
