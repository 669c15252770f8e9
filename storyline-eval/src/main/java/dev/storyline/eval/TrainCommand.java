package dev.storyline.eval;

import dev.storyline.eval.facts.AttributionEval;
import dev.storyline.facts.AttributionTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline train attribution}: trains the attribution tagger on PolNeAR's train split where it lies, since
 * no model trained on it may ship. Use the file with {@code storyline --attribution-model FILE ...}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from annotated data in the shared data folder (attribution: PolNeAR train).")
public final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "what to train: attribution")
    String what;

    @Option(names = "--data-dir", description = "Shared data folder (default: ${DEFAULT-VALUE})", defaultValue = "../shared/data")
    Path dataDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE})",
            defaultValue = "attribution-polnear.bin")
    Path out;

    @Option(names = "--iterations", description = "GIS iterations (default: ${DEFAULT-VALUE}, what the evaluation uses)", defaultValue = "100")
    int iterations;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("attribution")) {
            System.err.println("storyline train: unknown model '" + what + "' (known: attribution)");
            return 2;
        }
        Path split = dataDir.resolve("facts/polnear/train");
        if (!Files.isDirectory(split.resolve("attributions"))) {
            System.err.println("storyline train: PolNeAR train split not found: " + split.toAbsolutePath());
            return 2;
        }
        List<AttributionEval.Annotated> articles = AttributionEval.load(split, Integer.MAX_VALUE);
        System.out.println("training on " + articles.size() + " articles of " + split + " ...");
        AttributionTagger tagger = AttributionTagger.train(articles.stream()
                .map(a -> new AttributionTagger.Example(a.article(), a.goldSpans())).toList(), iterations);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        tagger.save(out);
        System.out.println("wrote " + out + " (use: storyline --attribution-model " + out + " ...)");
        return 0;
    }
}
