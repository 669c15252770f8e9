package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.text.Alternatives;
import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says so. Ordered sentence patterns find the source, the cue and the content: relays ("X quoted Y as
 * saying", "Y told AFP", "Reuters reports, quoting Y"), "according to X", "X said (that) ...", a quote followed
 * by "X said", "..., X reported". A pronoun or "the source" as speaker inherits the article's previous source,
 * so a chain survives across sentences. The chain runs from the first source (the origin) to the last relay.
 * A sentence in Chinese or Japanese script is read by {@link ChineseAttributions} instead. Thread-safe, stateless.
 */
public final class AttributionExtractor {
    static final String RULE = "attribution-pattern";
    private static final String VERB_WORDS = "said|says|say|told|added|adds|reported|reports|stated|announced|claimed|claims|"
            + "confirmed|warned|explained|noted|insisted|argued|acknowledged|denied|quoted|cited|wrote|declared|"
            + "estimated|believes?|thinks?|thought|wrote|writes|tweeted|posted|asked|suggested|agreed|recalled|responded|"
            + "argues|notes|explains|adding|saying|arguing|predicted|conceded|admitted|contended|maintained|stressed|"
            + "vowed|vows|pledged|pledges|promised|promises|urged|urges|demanded|demands|accused|accuses|criticized|"
            + "criticised|criticizes|condemned|blasted|attacked|described|describes|declined|rejected|dismissed|"
            + "disputed|disputes|emphasized|emphasised|insists|hoped|hopes|expects|expected|fears|feared|worried|"
            + "revealed|reveals|indicated|indicates|suggests|found|finds|showed|shows|concluded|concludes|proposed|"
            + "proposes|wants|wanted|called|calls|continued|acknowledges|contends|recalled|testified|complained|"
            + "supports?|supported|endorsed|endorses|backed|seemed|seems|appeared|appears|sees|saw|knows|knew|plans|planned|"
            + "opposed|opposes|praised|praises|defended|defends|offered|sought|seeks|refused|replied|tells|questioned|"
            + "mentioned|discussed|blamed|blames|denounced|asserted|reiterated|echoed|mocked|assured|challenged|"
            + "spoke|talked|pointed\\s+out|pointed\\s+to|referred\\s+to|decided|believed|agrees|"
            + "announces|warns|tweets|predicts|repeated|signaled|signalled|hinted|lamented|touted|boasted";
    private static final String VERB = "(" + Alternatives.of(VERB_WORDS) + ")";
    private static final String NP = "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*\\s+){0,9}?[\\p{L}][\\p{L}\\p{N}'’.-]*)";

    /**
     * Put before an unanchored pattern that opens with {@link #NP}: tries it only where a word starts. It finds
     * what it found without: a match that opens after a letter also opens one letter earlier, with the same groups
     * but the first word one letter longer, so the leftmost match never opens after a letter. The speaker rules
     * tried every letter of every sentence, and their noun phrase of up to ten words is what the facts stage spent
     * most of its time on.
     */
    private static final String AT_WORD = "(?<!\\p{L})";

    private static final Pattern FOUND = Pattern.compile("(?i)found|finds");
    /** What a person is found to be, rather than what a finding says. */
    private static final Pattern VERDICT = Pattern.compile("(?i)(?:not\\s+)?(?:guilty|innocent|dead|alive|liable|responsible|unconscious|unharmed)\\b");

    /** @param requires words the pattern cannot match without: a cheap scan that spares most sentences the pattern */
    private record Rule(String name, Pattern requires, Pattern pattern) {}

    /** What may follow a speaker's name before the verb: a party tag "(D-Wis.)", an appositive ", director of X,". */
    private static final String SOURCE_TAIL = "(?:\\s*\\([^()]{1,30}\\))?(?:,\\s+[^,;\"“”]{3,150}?,)?";

    private static final List<Rule> RULES = List.of(
            // IRNA quoted General Qassem Soleimani as saying "..."
            new Rule("quoted-as-saying", Pattern.compile("\\sas\\s+saying"), Pattern.compile(AT_WORD + "(?<relay>" + NP + ")\\s+(?<cue>quoted|cited)\\s+(?<src>" + NP
                    + ")\\s+as\\s+saying,?\\s*(?<content>(?:that\\s+)?.+)$")),
            // Reuters reports, quoting two Lebanese sources.
            new Rule("reports-quoting", Pattern.compile(",\\s+(?:quoting|citing)"), Pattern.compile("^(?<content>.+?)[,\"”]*\\s+(?<relay>[\\p{Lu}][\\p{L}.-]*(?:\\s+[\\p{Lu}][\\p{L}.-]*){0,3})\\s+(?<cue>reports|reported|said|says),\\s+(?:quoting|citing)\\s+(?<src>[^.]+?)\\.?$")),
            // a Syrian security source told AFP (on Wednesday) that ... / ..., a source told AFP.
            new Rule("told-agency", Pattern.compile("\\s(?:told|said\\s+(?:in|to))\\s"), Pattern.compile(AT_WORD + "(?<src>" + NP + ")\\s+(?<cue>told|said\\s+in\\s+a\\s+statement\\s+to|said\\s+to)\\s+(?<relay>(?:al-)?[\\p{Lu}][\\p{L}.-]*(?:\\s+(?:al-)?[\\p{Lu}][\\p{L}.-]*){0,3})"
                    + "(?:(?:\\s+on\\s+\\w+)?,?\\s+(?<content>that\\s+.+))?")),
            // According to (reports by) X, ...
            new Rule("according-to", Pattern.compile("(?i:according to)"), Pattern.compile("(?i:according to)\\s+(?<src>" + NP + ")(?:,\\s*(?<content>.+)|\\s*$|\\.)")),
            // "...," the source said. / ..., As-Safir reported.
            new Rule("content-then-source", Pattern.compile("\\s" + VERB + "(?:\\s+[^.]{0,60})?\\.?$"), Pattern.compile("^(?<content>.+?)[,\"”']+\\s+(?<src>" + NP + SOURCE_TAIL + ")\\s+(?<cue>" + VERB + ")(?:\\s+[^.]{0,60})?\\.?$")),
            // "...," said Caddell. / "...," said Rep. G.K. Butterfield (D-N.C.), head of ...
            new Rule("content-said-source", Pattern.compile("[,\"”']\\s+(?:said|says|added|asked|wrote|continued|explained|noted|recalled)\\s"), Pattern.compile("^(?<content>.+?),?[\"”']+\\s+(?<cue>said|says|added|asked|wrote|"
                    + "continued|explained|noted|recalled)\\s+(?<src>" + NP + ")(?:\\s*[,.(]|\\s*$)")),
            // The regional council, however, put the number of people evacuated at 4,500 / officials put the death toll at 63
            new Rule("puts-figure", Pattern.compile("\\s(?:put|puts|placed|places|gave|gives)\\s+the\\s+(?:number|toll|death toll|figure|total|count)\\b"),
                    Pattern.compile("^(?<src>" + NP + SOURCE_TAIL + ")\\s+(?<cue>put|puts|placed|places|gave|gives)\\s+"
                            + "(?<content>the\\s+(?:number|toll|death toll|figure|total|count)\\b.+?)\\.?$")),
            // X said (on Monday) (that) ...
            new Rule("source-said", null, Pattern.compile(AT_WORD + "(?<src>" + NP + SOURCE_TAIL + ")\\s+(?<cue>" + VERB + ")(?:\\s+(?:on\\s+\\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                    + "last\\s+week|this\\s+week|in\\s+a\\s+statement))?[,:]?\\s+(?<content>(?:that\\s+)?[\"“]?.+)$")),
            // Clinton mocked the complaint, saying anybody who complains ... (the sentence's subject speaks)
            new Rule("participle", Pattern.compile(",\\s+(?:saying|adding|arguing|noting|insisting|claiming|warning|explaining)\\s"),
                    Pattern.compile("^(?<src>" + NP + SOURCE_TAIL + ")\\s+[^\"“”]{3,160}?,\\s+(?<cue>saying|adding|arguing|noting|"
                            + "insisting|claiming|warning|explaining)\\s+(?<content>(?:that\\s+)?.+?)\\.?$")),
            // a transcript: "PENCE: And that's why ..."
            new Rule("transcript", Pattern.compile("^\\W{0,3}\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}:"),
                    Pattern.compile("^\\W{0,3}(?<src>\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}?)(?<cue>:)\\s+(?<content>.+?)\\.?$")),
            // a headline's speaker: "Carson: Cruz taking 'Benghazi' approach to Iowa controversy"
            new Rule("name-colon", Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}:\\s"),
                    Pattern.compile("^(?<src>\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})(?<cue>:)\\s+(?<content>\\S.+?)\\.?$")));

    /** Labels a page puts before a colon, not a speaker: "Update:", "Editor's note:", "Watch:". */
    private static final Pattern NOT_A_HEADLINE_SPEAKER = Pattern.compile("(?i)^(?:update[sd]?|note|editor|watch|read|video|photos?|"
            + "related|breaking|exclusive|analysis|opinion|poll|live|q|a|correction|clarification|source|sources|credit|"
            + "image|caption|listen|see|more|also|warning|disclaimer|in|on|at|the|this|why|how|what|who|when|where|"
            + "today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
            + "april|may|june|july|august|september|october|november|december|part|chapter|step|question|answer|"
            + "example|summary|background|context|bottom|fact|facts|report|reports|transcript|full|topics?|tags?)\\b");
    private static final Pattern ANY_CUE = Pattern.compile("\\b(?:" + Alternatives.of(VERB_WORDS)
            + "|according to|quoting|citing|noting|insisting|claiming|warning|explaining"
            + "|(?:put|puts|placed|places|gave|gives)\\s+the\\s+(?:number|toll|death toll|figure|total|count))\\b|^\\W{0,3}\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}:"
            + "|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}:\\s");
    private static final Pattern INHERITS = Pattern.compile("(?i)^(he|she|they|it|the source|the sources|the official|the agency|the spokesman|the same source|the diplomat|the statement|the report)$");
    private static final Pattern UNNAMED = Pattern.compile(
            "(?i)\\b(sources?|officials?|diplomats?|analysts?|observers?|reports?|residents?|witnesses|activists?|"
                    + "experts?|insiders?|spokes(?:man|woman|person)|figures?|someone|people|he|she|they|it)\\b");
    private static final Pattern PROPER = Pattern.compile("\\b[\\p{Lu}][\\p{Ll}]+(?:[- ][\\p{Lu}][\\p{Ll}]+)+\\b|\\b[\\p{Lu}]{2,}\\b|\\b(?:Al|As|Ad|An)-[\\p{Lu}][\\p{L}]+");
    /** Role nouns that speak in news: "the former president said", "top black lawmakers said". */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(president|minister|chairman|chairwoman|chair|director|secretary|"
            + "governor|senator|lawmakers?|leaders?|candidate|nominee|mayor|chief|officer|manager|founder|professor|"
            + "researchers?|economists?|lawyers?|attorney|judge|police|campaign|company|government|ministry|department|"
            + "agency|group|party|committee|commission|council|court|study|survey|poll|report|data|voters?|critics?|"
            + "supporters?|aides?|advisers?|advisors?|representative|congressman|congresswoman|ambassador|commander|"
            + "army|military|statement|union|association|federation|institute|office|board|service|authority|bureau|"
            + "organi[sz]ation|foundation|society|coalition|alliance|observatory|unit)\\b");
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?i)^(these|this|that|those|there|it|which|what|who|"
            + "these reports|this report|reports?|the report|an?|the|more|group|according to|according)$");
    private static final Pattern NATIONALITY = Pattern.compile("\\b(Syrian|Iranian|Iraqi|Lebanese|Russian|American|British|"
            + "French|Israeli|Turkish|Kurdish|Afghan|Saudi|Egyptian|Jordanian|Palestinian|Chinese|German|UK-based|US-based|"
            + "Ukrainian|Dutch|Thai|Greek|Korean|Japanese|Indian|Pakistani|Italian|Spanish|Belgian|Swiss|Swedish|Polish|"
            + "Austrian|Canadian|Australian|Mexican|Brazilian|European|Western|Malaysian|Vietnamese|Indonesian|Qatari|"
            + "Yemeni|Libyan|Tunisian|Moroccan|Algerian|Armenian|Georgian|Belarusian|Norwegian|Danish|Finnish|Irish|"
            + "Nigerian|Kenyan|Emirati|Cypriot|Hungarian|Czech|Romanian|Serbian|Croatian|Portuguese)\\b");
    private static final Pattern CONNECTIVE_APPOSITIVE = Pattern.compile(
            "(?i),\\s*(?:however|meanwhile|though|too|also|in turn|for (?:its|his|her|their) part|by contrast)\\s*,?$");
    private static final Pattern RELATIVE_APPOSITIVE = Pattern.compile("(?i),\\s*(?:who|which|whose)\\b[^,]*,?$");
    private static final Pattern APPOSITIVE = Pattern.compile("^[^,]+,\\s+[^,]+,$");
    private static final Pattern LEADING_JUNK = Pattern.compile("^(?i)(?:and|but|while|as|meanwhile|however|also|so|then|because|after)\\s+");

    public List<Attribution> extract(AnalyzedArticle article) {
        List<Attribution> out = new ArrayList<>();
        List<String> previousChain = null;
        boolean previousNamed = false;
        Set<String> names = SpeakerPhrase.namesIn(article.sentences().stream().map(Sentence::text).toList());
        String lastPerson = null;
        for (Sentence s : article.sentences()) {
            Attribution a = s.text().codePoints().anyMatch(Words::unspaced)
                    ? ChineseAttributions.match(article.id(), s, previousChain, previousNamed) // "据新华社报道，" "他说："
                    : match(article.id(), s, previousChain, previousNamed, names, lastPerson);
            if (a != null) {
                Span whole = wholeQuote(article, a.content());
                a = new Attribution(a.source(), a.cue(), whole, a.chain(), a.named(), a.rule());
                out.add(a);
                previousChain = a.chain();
                previousNamed = a.named();
            }
            lastPerson = lastPerson(lastPerson, s.text());
        }
        return out;
    }

    private Attribution match(String articleId, Sentence s, List<String> previousChain, boolean previousNamed, Set<String> names,
                              String lastPersonBefore) {
        String text = s.text();
        // most sentences carry no cue at all; one cheap scan spares them every pattern below
        if (!ANY_CUE.matcher(text).find()) return null;
        for (Rule rule : RULES) {
            if (rule.requires() != null && !rule.requires().matcher(text).find()) continue;
            Matcher m = rule.pattern().matcher(text);
            if (!m.find()) continue;
            int srcStart = m.start("src");
            // "Richard Revesz, director of the institute, said": the appositive and its comma belong to the source
            // (PolNeAR's extents keep an appositive's closing comma)
            String source = APPOSITIVE.matcher(m.group("src")).matches()
                    ? LEADING_JUNK.matcher(m.group("src").strip()).replaceFirst("") : withoutTrailingVerb(trimSource(m.group("src")));
            // "The regional council, however, put ...": a connective between commas is no appositive of the speaker
            source = CONNECTIVE_APPOSITIVE.matcher(source).replaceFirst("");
            // "Commuter Lidia Brandt, who was crossing on foot," said ...: the relative clause describes the speaker
            source = RELATIVE_APPOSITIVE.matcher(source).replaceFirst("");
            // "Earlier on Wednesday President Hollande" is Hollande; "Chauvin stands", "Flames" name no speaker; a
            // passive ("Panic was reported") has its news, not its speaker, before the verb
            boolean passive = PASSIVE.matcher(m.group("src")).find();
            String sp = SpeakerPhrase.speaker(source, names, passive ? null : group(m, "cue"));
            if (sp == null) continue;
            source = sp;
            if (source.isEmpty() || Words.pieces(source).length > 10) continue;
            srcStart += m.group("src").indexOf(source);
            String relay = group(m, "relay");
            String cue = group(m, "cue");
            String content = group(m, "content");
            if (NOT_A_SPEAKER.matcher(source).matches() || notANounPhrase(source)) continue;
            // "Derek Chauvin found guilty on all three counts": a headline's passive verdict, not a finding Chauvin made
            if (cue != null && FOUND.matcher(cue).matches() && content != null && VERDICT.matcher(content).lookingAt()) continue;
            if (!rule.name().equals("according-to") && !rule.name().equals("told-agency") && !rule.name().equals("transcript")
                    && !rule.name().equals("quoted-as-saying") && !plausibleSpeaker(source)) continue;
            if (rule.name().equals("name-colon") && (NOT_A_HEADLINE_SPEAKER.matcher(source).find() || !named(source))) continue;
            boolean inherits = INHERITS.matcher(source).matches() && previousChain != null;
            List<String> chain = chain(inherits, previousChain, canonical(source));
            boolean named = inherits ? previousNamed : named(source);
            // "He said a new page was being turned" with no speaker before: the person the text last named, when it
            // named one; otherwise "he" stays, for the story stage to leave unattributed (StandardCorroborator)
            String person = !inherits && PERSONAL.matcher(source).matches() ? lastPerson(lastPersonBefore, text.substring(0, srcStart)) : null;
            if (person != null) {
                chain = chain(false, null, person);
                named = true;
            }
            if (relay != null) {
                String r = trimSource(relay);
                if (!r.isEmpty() && !chain.contains(canonical(r))) chain.add(canonical(r));
            }
            Span srcSpan = span(articleId, s, srcStart, source);
            Span cueSpan = cue == null ? span(articleId, s, m.start(), "according to")
                    : cueWithItsWords(articleId, s, srcStart + source.length(), m.start("cue"), cue);
            Span contentSpan = contentSpan(articleId, s, text, m, content);
            if (content != null && interrupts(text.substring(0, srcStart), text.substring(cueSpan.end() - s.start()))) {
                // "“Judge,” Brafman said, “I have never...”", "This campaign, he says, is different": the speaker
                // interrupts what is said, which runs from the sentence's start
                int from = text.length() - text.stripLeading().length();
                contentSpan = new Span(articleId, s.index(), s.start() + from, contentSpan.end(),
                        text.substring(from, contentSpan.end() - s.start()));
            }
            return new Attribution(srcSpan, cueSpan, contentSpan, chain, named, RULE + ":" + rule.name());
        }
        return null;
    }

    /** Auxiliaries and adverbs between a speaker and the verb: PolNeAR's cue is "has repeatedly said", not "said". */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)^\\s+((?:(?:has|have|had|was|is|are|were|also|then|"
            + "recently|later|now|even|often|repeatedly|publicly|previously|again|never|still|quickly|officially|"
            + "regularly|subsequently|once|already|long|frequently|openly|privately|reportedly|just|first|finally)\\s+)+)$");
    /** What PolNeAR keeps with the verb after it: "tweeted:", "said in a statement" (not "in an interview": mostly left out). */
    private static final Pattern CUE_AFTER = Pattern.compile("^(?::|\\s+in\\s+(?:a|an|the)\\s+(?:statement|press release|letter)(?::)?)");

    /** The cue with the auxiliaries before it and the colon or "in a statement" after it, as PolNeAR marks cues. */
    private static Span cueWithItsWords(String articleId, Sentence s, int sourceEnd, int cueStart, String cue) {
        String text = s.text();
        int start = cueStart;
        if (sourceEnd >= 0 && sourceEnd <= cueStart) {
            Matcher before = CUE_BEFORE.matcher(text.substring(sourceEnd, cueStart));
            if (before.matches()) start = sourceEnd + before.start(1);
        }
        int end = cueStart + cue.length();
        Matcher after = CUE_AFTER.matcher(text.substring(Math.min(end, text.length())));
        if (after.lookingAt()) end += after.end();
        return span(articleId, s, start, text.substring(start, end));
    }

    private static final Pattern QUOTE_BEFORE = Pattern.compile("^\\s*[“\"][^“”\"]+[,.?!]?[”\"]\\s*$");
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("^\\s*[^,;:“”\"]{3,80},\\s*$");
    /** After the cue, the quotation goes on: "..., “I have never...”" (not "..., adding that ...", a cue of its own). */
    private static final Pattern QUOTE_RESUMES = Pattern.compile("^\\s*[,:]?\\s*[“\"]");
    /** After the cue, the clause goes on in lower case: "..., is different" (not "..., saying ...", a cue of its own). */
    private static final Pattern CLAUSE_RESUMES = Pattern.compile("^,\\s+(?!(?:adding|saying|noting|arguing|insisting|"
            + "claiming|warning|explaining|citing|quoting|according)\\b)\\p{Ll}");

    /**
     * Whether the speaker and the cue stand inside what is said: after a quotation's first part ("“Judge,” he
     * said, “...”"), or between commas after the opening words ("This campaign, he says, is different").
     */
    static boolean interrupts(String before, String after) {
        if (before.isBlank()) return false;
        return QUOTE_BEFORE.matcher(before).matches() && QUOTE_RESUMES.matcher(after).lookingAt()
                || CLAUSE_BEFORE.matcher(before).matches() && CLAUSE_RESUMES.matcher(after).lookingAt();
    }

    /**
     * What is said, as PolNeAR marks it: after the cue with its "that"; before it when the source comes last
     * ("..., according to the poll"); without the sentence's closing period unless a quotation closes it.
     */
    private static Span contentSpan(String articleId, Sentence s, String text, Matcher m, String content) {
        int start;
        String said;
        if (content != null) {
            start = m.start("content");
            said = content;
        } else {
            start = 0;
            said = text.substring(0, m.start()).replaceAll("[\\s,;:]+$", "");
            if (said.isBlank()) said = text;
        }
        said = said.strip();
        // "told the Times that ...", "said in an interview with CNN that ...": what is said starts at "that"
        Matcher that = OBJECT_BEFORE_THAT.matcher(said);
        if (content != null && that.lookingAt()) {
            start += that.end("object");
            said = said.substring(that.end("object"));
        }
        // "...; that's a surefire ticket": a semicolon outside a quotation ends what was said
        int semicolon = said.indexOf(';');
        if (semicolon > 0 && said.substring(0, semicolon).chars().noneMatch(c -> OPENING.indexOf(c) >= 0)) {
            said = said.substring(0, semicolon).strip();
        }
        if (said.endsWith(".") && !said.endsWith("..")) said = said.substring(0, said.length() - 1);
        return span(articleId, s, start, said);
    }

    /** A cue's object or adjunct of a few words before the "that" its content opens with: "the Times", "reporters Tuesday". */
    private static final Pattern OBJECT_BEFORE_THAT = Pattern.compile("(?<object>(?!that\\s)(?:[^\\s\"“”,;:]+\\s+){1,6})that\\s");

    private static final String OPENING = "“\"";
    private static final String CLOSING = "”\"";

    /**
     * A quotation is what is said, whole, as PolNeAR marks it: with its quotation marks and the comma before the
     * closing one ("“We were there,”"); from its opening mark when it began sentences before the one that says
     * who spoke; and on through the quotation that resumes after "said X." ("“...,” said Caddell. “Yesterday...”").
     */
    static Span wholeQuote(AnalyzedArticle article, Span content) {
        String text = article.article().text();
        List<Sentence> sentences = article.sentences();
        int start = content.start();
        int end = content.end();
        if (start < 0 || end > text.length() || start >= end) return content;
        boolean quoted = OPENING.indexOf(text.charAt(start)) >= 0;
        int index = content.sentenceIndex();
        if (!quoted && index < sentences.size()) {
            // a quotation closed in this sentence but opened in an earlier one: start at its opening mark
            Sentence here = sentences.get(index);
            String before = text.substring(here.start(), Math.min(end, here.end()));
            if (before.indexOf('”') >= 0 && before.indexOf('“') < 0 && start == here.start()) {
                for (int k = index - 1; k >= Math.max(0, index - 5); k--) {
                    Sentence earlier = sentences.get(k);
                    int open = text.lastIndexOf('“', earlier.end() - 1);
                    if (open >= earlier.start()) {
                        start = open;
                        quoted = true;
                        break;
                    }
                }
            }
        }
        if (!quoted) return content;
        // the comma or stop and the closing mark right after the words belong to the quotation
        while (end < text.length() && ",.?!".indexOf(text.charAt(end)) >= 0) end++;
        if (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) end++;
        // "“...,” said X. “More.”": the quotation resumes in the next sentence and runs to its closing mark
        if (index + 1 < sentences.size()) {
            Sentence next = sentences.get(index + 1);
            String lead = text.substring(next.start(), next.end()).stripLeading();
            if (!lead.isEmpty() && lead.charAt(0) == '“' && text.substring(sentences.get(index).start(), next.start()).contains("”")) {
                int close = closingMark(text, text.indexOf('“', next.start()) + 1);
                if (close >= 0) end = close + 1;
            }
        }
        if (start == content.start() && end == content.end()) return content;
        return new Span(content.articleId(), content.sentenceIndex(), start, end, text.substring(start, end));
    }

    /**
     * Where the quotation opened just before {@code from} closes: its closing mark in the same paragraph, or in a
     * later one when each paragraph between opens with a quotation mark and leaves it open (how news runs one
     * speaker's quotation over several paragraphs); -1 when it does not close.
     */
    static int closingMark(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int close = text.indexOf('”', at);
            int paragraph = text.indexOf("\n\n", at);
            if (close >= 0 && (paragraph < 0 || close < paragraph)) return close;
            if (paragraph < 0) return -1;
            int next = paragraph;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= text.length() || text.charAt(next) != '“') return -1;
            at = next + 1;
        }
        return -1;
    }

    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Span span(String articleId, Sentence s, int offset, String text) {
        int start = s.start() + Math.max(0, offset);
        return new Span(articleId, s.index(), start, Math.min(s.end(), start + text.length()), text);
    }

    /**
     * The sources from the origin on: a pronoun or "the source" as speaker ({@code inherits}) continues the previous
     * attribution's chain, so a relay named sentences earlier stays in it; any other speaker starts a chain.
     */
    static List<String> chain(boolean inherits, List<String> previousChain, String canonicalSource) {
        return new ArrayList<>(inherits ? previousChain : List.of(canonicalSource));
    }

    private static final Pattern PERSONAL = Pattern.compile("(?i)^(?:he|she)$");
    /** A person as news names one: a title and a name, or two or three capitalised words ("Mr Macron", "Francois Hollande"). */
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?:(?:Mr|Mrs|Ms|Dr|President|Minister|General|Judge|Senator|Governor|Chancellor)\\.?\\s+)?"
                    + "(?!(?:The|A|An|In|On|At|It|This|That|But|And|As|If|When|After|Before|For|From|With)\\b)"
                    + "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}\\b");

    /**
     * The person a "he" after {@code text} refers to: the one person {@code text} names; none when it names two
     * ("Donald Trump and Kim Jong-un ended their summit. He said ..." could be either); {@code before} when it
     * names nobody.
     */
    static String lastPerson(String before, String text) {
        Matcher m = PERSON.matcher(text);
        Set<String> named = new java.util.LinkedHashSet<>();
        while (m.find()) named.add(m.group());
        if (named.isEmpty()) return before;
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|being)\\s*$");
    private static final Pattern RELATIVE_BEFORE_SPEAKER = Pattern.compile("(?i)^(?:who|whom|which|that)\\s+(?=(?:he|she|they|we)$)");

    /** The speaker phrase without the clause words a greedy match drags in. */
    static String trimSource(String raw) {
        String s = raw.strip().replaceAll("^[\"“”,]+|[\"“”,]+$", "").strip();
        s = LEADING_JUNK.matcher(s).replaceFirst("");
        // "the young leader, who he said committed to ...": the relative pronoun is the leader, the speaker is "he"
        s = RELATIVE_BEFORE_SPEAKER.matcher(s).replaceFirst("");
        int quote = Math.max(s.lastIndexOf('"'), Math.max(s.lastIndexOf('”'), s.lastIndexOf(',')));
        if (quote >= 0) s = s.substring(quote + 1).strip();
        int that = s.toLowerCase(Locale.ROOT).lastIndexOf(" that ");
        if (that >= 0) s = s.substring(that + 6).strip();
        s = s.replaceAll("[.,;:]+$", "").replaceAll("(?i)\\s+(have|has|had|also|later|earlier)$", "").strip();
        return s;
    }

    /** Words a clause leaves between a speaker and the cue: "Derek Chauvin was", "Dutch authorities have officially". */
    private static final Pattern TRAILING_VERB = Pattern.compile("(?i)[\\s,]+(have|has|had|was|were|is|are|be|been|also|later|"
            + "earlier|officially|reportedly|previously|not|does|did|do|would|will|could|can|may|might|then|now|again)$");

    /** The speaker without the verb words a clause left after it, and without a closing comma. */
    static String withoutTrailingVerb(String source) {
        String s = source.strip().replaceAll("[,;:]+$", "").strip();
        for (String before = ""; !before.equals(s); ) {
            before = s;
            s = TRAILING_VERB.matcher(s).replaceFirst("").replaceAll("[,;:]+$", "").strip();
        }
        return s;
    }

    /** A finite verb outside a relative clause: "surprise move came just hours before the two leaders" is a clause. */
    private static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(came|comes|was|were|is|are|had|has|have|went|made|took|left)\\b");
    /** "March after an inspection found ...": a date or a subordinate clause, not who spoke. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)^(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)\\b|\\b(?:after|before|when|since|until|because|although|while)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(who|which|that|whose)\\b");

    /**
     * A source must be a noun phrase: not a clause with a verb of its own, and not a heading shouted in capitals
     * ("MISSION COMPLETED" over a quote); a lone acronym ("AFP", "NATO") is a name.
     */
    static boolean notANounPhrase(String source) {
        String letters = source.replaceAll("[^\\p{L}]", "");
        boolean shouted = Words.pieces(source.strip()).length >= 2 && !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
        return shouted || FINITE_VERB.matcher(source).find() && !RELATIVE.matcher(source).find()
                || CLAUSE_OPENING.matcher(source).find();
    }

    /** A speaker is a noun phrase with a person, organisation or source word, not a clause fragment. */
    private static boolean plausibleSpeaker(String s) {
        return INHERITS.matcher(s).matches() || UNNAMED.matcher(s).find() || PROPER.matcher(s).find() || ROLE.matcher(s).find()
                || Character.isUpperCase(s.charAt(0)) && Words.pieces(s).length <= 4;
    }

    /** "Syrian", "Lebanese": a word that says where a source is from, not who it is. */
    public static boolean isNationality(String word) {
        return NATIONALITY.matcher(word).matches();
    }

    static boolean named(String source) {
        if (!UNNAMED.matcher(source).find()) return true;
        // "director Rami Abdel Rahman" or "the Lebanese As-Safir newspaper" names its source beside a role word
        return PROPER.matcher(NATIONALITY.matcher(source).replaceAll("x")).find();
    }

    /** A comparable form: without articles and "unnamed", singular "sources". */
    static String canonical(String source) {
        String s = source.replaceAll("(?i)^(one|two|three|some|several|many|most|all|none) of\\s+", "")
                .replaceAll("(?i)^(a|an|the|one|two|three|some|several)\\s+", "")
                .replaceAll("(?i)\\bunnamed\\s+", "").replaceAll("(?i)\\bsources\\b", "source").strip();
        return s.isEmpty() ? source : s;
    }
}
