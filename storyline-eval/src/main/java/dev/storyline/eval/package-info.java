/** Evaluation on real data: metrics, baselines and peers run side by side with Storyline's stages. */
package dev.storyline.eval;
