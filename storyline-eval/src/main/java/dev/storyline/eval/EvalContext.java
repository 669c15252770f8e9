package dev.storyline.eval;

import dev.storyline.settings.Settings;

import java.nio.file.Path;

/**
 * @param dataDir  the shared data folder (with summarization/, clustering/, extraction/, facts/)
 * @param smoke    true for the seconds-long subset CI runs; false for the full evaluation
 * @param seed     seed for every random choice (random baselines, bootstrap)
 * @param settings Storyline's settings under test
 */
public record EvalContext(Path dataDir, boolean smoke, long seed, Settings settings) {}
