package dev.storyline.facts;

import dev.storyline.domain.Attribution;
import dev.storyline.domain.Sentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says so, in Chinese: "据新华社报道，…" (according to), "新华社援引指挥部的话说，…" (a relay: the origin is the
 * one quoted), "一名消息人士对法新社说，…" (told an agency), "指挥部表示，…" and "他说：“…”" (a speaker and a
 * reporting verb), and "“…”，他说。" (the quotation first). The speaker is what stands between the clause's
 * start (or its last comma) and the verb, less the time words that often sit there ("指挥部昨天表示"). A pronoun
 * or "该人士" takes the article's previous source, as in English. Traditional characters are read as their
 * simplified forms, and the chain names sources in them, so "新華社" and "新华社" are one origin. Thread-safe, stateless.
 */
final class ChineseAttributions {
    static final String RULE = "attribution-pattern-zh";
    private static final String VERB = "(说|表示|称|指出|透露|宣布|强调|证实|否认|警告|认为|介绍|说道|声称|宣称|坦言|回应)";
    /** A speaker: ideographs, Latin letters, digits and the middle dot of transliterated names, no punctuation. */
    private static final String SPEAKER = "(他们|她们|他|她|[\\p{IsHan}\\p{L}\\p{N}·・]{2,20}?)";

    private record Rule(String name, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule("relay", Pattern.compile("(?<relay>" + SPEAKER + ")(?<cue>援引|引述|引用)(?<src>" + SPEAKER + ")(?:的话)?(?:报道|说|称|表示)?[，,：:]\\s*(?<content>.+)$")),
            new Rule("according-to", Pattern.compile("(?<cue>据|根据)(?<src>" + SPEAKER + ")(?:的)?(?:报道|消息|透露|介绍|称|说|统计)?[，,：:]\\s*(?<content>.+)$")),
            new Rule("told-agency", Pattern.compile("(?<src>" + SPEAKER + ")(?:对|向)(?<relay>" + SPEAKER + ")(?:记者)?(?<cue>" + VERB + ")[，,：:]\\s*(?<content>.+)$")),
            new Rule("quote-then-source", Pattern.compile("^(?<content>[“\"].+[”\"])[，,]?\\s*(?<src>" + SPEAKER + ")(?<cue>" + VERB + ")[。.]?$")),
            new Rule("source-said", Pattern.compile("(?<src>" + SPEAKER + ")(?<cue>" + VERB + ")[，,：:]\\s*(?<content>.+)$")));

    /** Time and manner words that sit between a speaker and the verb, not part of the speaker. */
    private static final Pattern TRAILING = Pattern.compile("(昨天|今天|昨日|今日|当天|日前|近日|周[一二三四五六日]|星期[一二三四五六日天]"
            + "|\\d{1,2}日|上午|下午|晚间|早些时候|也|还|则|又|再次|同时|已经|曾|在声明中|发表声明|在一份声明中)+$");
    private static final Pattern INHERITS = Pattern.compile("^(他|她|他们|她们|该人士|该消息人士|这名官员|该官员|这位官员|该发言人|发言人|消息人士)$");
    private static final Pattern UNNAMED = Pattern.compile("(人士|官员|消息来源|居民|目击者|分析人士|专家|知情者|发言人|他|她|他们|有人|人们|外界|舆论)$");
    /** "据了解" (it is understood), "据报道" (reportedly): the form of a source with none named. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("^(了解|悉|报道|介绍|统计|估计|初步统计|不完全统计|分析|透露|消息|称|说|此|这|那)$");

    private static final Pattern COUNT_PREFIX = Pattern.compile("^(?:一|两|三|多|几|数)(?:名|位|个)");

    private ChineseAttributions() {}

    static Attribution match(String articleId, Sentence s, List<String> previousChain, boolean previousNamed) {
        String written = s.text();
        String zh = ChineseScript.simplified(written); // read in simplified characters, spans kept as written
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(zh);
            if (!m.find()) continue;
            String source = TRAILING.matcher(m.group("src")).replaceFirst("");
            if (source.isEmpty() || NOT_A_SPEAKER.matcher(source).matches()) continue;
            String content = written.substring(m.start("content"), m.end("content")).strip();
            if (content.endsWith("。")) content = content.substring(0, content.length() - 1);
            if (content.isEmpty()) continue;
            boolean inherits = INHERITS.matcher(source).matches() && previousChain != null;
            List<String> chain = AttributionExtractor.chain(inherits, previousChain, canonical(source));
            boolean named = inherits ? previousNamed : !UNNAMED.matcher(source).find();
            String relay = AttributionExtractor.group(m, "relay");
            if (relay != null && !chain.contains(canonical(relay))) chain.add(canonical(relay));
            String writtenSource = written.substring(m.start("src"), m.start("src") + source.length());
            return new Attribution(AttributionExtractor.span(articleId, s, m.start("src"), writtenSource),
                    AttributionExtractor.span(articleId, s, m.start("cue"), written.substring(m.start("cue"), m.end("cue"))),
                    AttributionExtractor.span(articleId, s, m.start("content"), content), chain, named, RULE + ":" + rule.name());
        }
        return null;
    }

    /** A comparable form: "一名消息人士" and "消息人士" are the same kind of source, as "a source" and "source" are. */
    static String canonical(String source) {
        String s = COUNT_PREFIX.matcher(source).replaceFirst("");
        return s.isEmpty() ? source : s;
    }
}
