package dev.storyline.corroborate;

import dev.storyline.domain.Claim;
import dev.storyline.domain.StoryMaterial;

import java.util.List;

// PLACEHOLDER: replaced by claim alignment with origins and variants.
final class StandardCorroborator implements Corroborator {
    @Override
    public List<Claim> corroborate(StoryMaterial story) {
        return List.of();
    }
}
