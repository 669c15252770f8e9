package dev.storyline.facts;

import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries and territories named in Chinese, from the JDK's own locale data in simplified and traditional
 * characters, plus the short names news uses for Hong Kong and Macao. Chinese has no capitals to find names by,
 * so places are the entities found there: each by the longest name at its place, left to right ("索马里" is
 * Somalia, not the "马里" inside it), linked to the simplified name ("敘利亞" and "叙利亚" are one place).
 * Thread-safe, stateless.
 */
final class ChinesePlaces {
    static final String RULE = "entity-gazetteer-zh";
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final int LONGEST;

    static {
        for (String code : Locale.getISOCountries()) {
            Locale place = new Locale("", code);
            String simplified = place.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            if (simplified.equals(code) || simplified.length() > 8) continue; // no data, or an official long form
            CANONICAL.put(simplified, simplified);
            CANONICAL.putIfAbsent(place.getDisplayCountry(Locale.TRADITIONAL_CHINESE), simplified);
        }
        for (String[] alias : new String[][]{{"香港", "香港"}, {"澳门", "澳门"}, {"澳門", "澳门"}}) CANONICAL.put(alias[0], alias[1]);
        LONGEST = CANONICAL.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private ChinesePlaces() {}

    static List<EntityMention> extract(String articleId, Sentence s) {
        List<EntityMention> out = new ArrayList<>();
        String text = s.text();
        for (int i = 0; i < text.length(); ) {
            int found = 0;
            for (int n = Math.min(LONGEST, text.length() - i); n >= 2; n--) {
                if (CANONICAL.containsKey(text.substring(i, i + n))) {
                    found = n;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            String name = text.substring(i, i + found);
            int start = s.start() + i;
            out.add(new EntityMention(new Span(articleId, s.index(), start, start + found, name), EntityType.LOCATION, CANONICAL.get(name), RULE));
            i += found;
        }
        return out;
    }
}
