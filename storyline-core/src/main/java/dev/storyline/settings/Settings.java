package dev.storyline.settings;

import dev.storyline.cluster.ClusterSettings;
import dev.storyline.corroborate.CorroborationSettings;
import dev.storyline.dedup.DedupSettings;
import dev.storyline.extract.ExtractionSettings;
import dev.storyline.facts.FactSettings;
import dev.storyline.ingest.IngestSettings;
import dev.storyline.summarize.SummarySettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * All settings of a run, one typed object shared by CLI, REST and UI. Each part validates its own ranges.
 */
public record Settings(IngestSettings ingest, ExtractionSettings extraction, DedupSettings dedup, ClusterSettings cluster,
                       FactSettings facts, CorroborationSettings corroboration, SummarySettings summary) {
    public static final Settings DEFAULTS = new Settings(IngestSettings.DEFAULTS, ExtractionSettings.DEFAULTS,
            DedupSettings.DEFAULTS, ClusterSettings.DEFAULTS, FactSettings.DEFAULTS, CorroborationSettings.DEFAULTS,
            SummarySettings.DEFAULTS);

    public Settings {
        // settings written before extraction had settings of its own read back with the defaults it had then
        if (extraction == null) extraction = ExtractionSettings.DEFAULTS;
    }

    public Settings withIngest(IngestSettings s) { return new Settings(s, extraction, dedup, cluster, facts, corroboration, summary); }

    public Settings withExtraction(ExtractionSettings s) { return new Settings(ingest, s, dedup, cluster, facts, corroboration, summary); }

    public Settings withDedup(DedupSettings s) { return new Settings(ingest, extraction, s, cluster, facts, corroboration, summary); }

    public Settings withCluster(ClusterSettings s) { return new Settings(ingest, extraction, dedup, s, facts, corroboration, summary); }

    public Settings withFacts(FactSettings s) { return new Settings(ingest, extraction, dedup, cluster, s, corroboration, summary); }

    public Settings withCorroboration(CorroborationSettings s) { return new Settings(ingest, extraction, dedup, cluster, facts, s, summary); }

    public Settings withSummary(SummarySettings s) { return new Settings(ingest, extraction, dedup, cluster, facts, corroboration, s); }

    /** A short fingerprint of every value, recorded in each output's provenance. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
