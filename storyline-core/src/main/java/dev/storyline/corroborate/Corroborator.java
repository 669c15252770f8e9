package dev.storyline.corroborate;

import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;

import java.util.List;

/** Aligns the facts of a story's articles into claims with support, independent origins and variants. */
public interface Corroborator {
    List<Claim> corroborate(StoryMaterial story);

    static Corroborator standard() {
        return standard(CorroborationSettings.DEFAULTS);
    }

    static Corroborator standard(CorroborationSettings settings) {
        return new StandardCorroborator(settings);
    }
}
