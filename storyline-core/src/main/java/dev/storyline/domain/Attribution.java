package dev.storyline.domain;

import java.util.List;

/**
 * Who says so: "a Syrian security source told AFP [content]".
 *
 * @param source  the speaker span as written
 * @param cue     the attribution verb or phrase ("told", "quoted ... as saying", "according to")
 * @param content what is attributed
 * @param chain   the sources from the first (origin) to the last relay, normalised:
 *                ["Syrian security source", "AFP"]; one element when there is no relay
 * @param named   false when the first source is unnamed ("a source", "a diplomat")
 * @param rule    the rule that found it
 */
public record Attribution(Span source, Span cue, Span content, List<String> chain, boolean named, String rule) {
    public Attribution {
        chain = List.copyOf(chain);
    }

    /** The first source in the chain: where the claim comes from. */
    public String origin() { return chain.isEmpty() ? null : chain.get(0); }
}
