package dev.storyline.text;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in process with ONNX Runtime; the model ships
 * inside its Maven artifact, so nothing is downloaded. Vectors are L2-normalised: a dot product is the cosine.
 * Thread-safe; the model loads once, on first use.
 */
public final class SentenceEmbedder {
    public static final String MODEL_NAME = "all-MiniLM-L6-v2 (quantized, langchain4j-embeddings 1.19.0-beta29)";
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static final SentenceEmbedder INSTANCE = new SentenceEmbedder();

    private SentenceEmbedder() {}

    public static SentenceEmbedder get() {
        return INSTANCE;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** One normalised vector per text, in order. */
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? " " : t)).toList();
        List<Embedding> embeddings = Holder.MODEL.embedAll(segments).content();
        float[][] out = new float[embeddings.size()][];
        for (int i = 0; i < out.length; i++) out[i] = normalise(embeddings.get(i).vector());
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v.clone();
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
