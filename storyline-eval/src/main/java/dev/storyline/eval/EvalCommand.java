package dev.storyline.eval;

import dev.storyline.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline eval TASK}: measures Storyline beside baselines and peers and writes docs/EVAL.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Storyline side by side with baselines and peers on the shared data sets.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "summarization, news-events, news-claims, clustering, extraction, facts or all")
    String task;

    @Option(names = "--data-dir", description = "Shared data folder (default: ${DEFAULT-VALUE})", defaultValue = "../shared/data")
    Path dataDir;

    @Option(names = "--out", description = "Markdown report to update; JSON is written beside it (default: ${DEFAULT-VALUE})",
            defaultValue = "docs/EVAL.md")
    Path out;

    @Option(names = "--smoke", description = "Run a seconds-long subset (what CI runs)")
    boolean smoke;

    @Option(names = "--seed", description = "Seed for random baselines and bootstrap (default: ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dataDir)) {
            System.err.println("storyline eval: data folder not found: " + dataDir.toAbsolutePath());
            return 2;
        }
        List<EvalTask> tasks = EvalTasks.resolve(task);
        EvalContext context = new EvalContext(dataDir, smoke, seed, Settings.DEFAULTS);
        List<EvalReport> reports = new ArrayList<>();
        for (EvalTask t : tasks) {
            out.println("== " + t.name());
            long start = System.nanoTime();
            EvalReport report = t.run(context);
            out.print(EvalWriter.markdown(report, commandLine(), "", ""));
            out.printf("(%s took %.1f s)%n%n", t.name(), (System.nanoTime() - start) / 1e9);
            reports.add(report);
        }
        EvalWriter.write(this.out, reports, commandLine(), commit(), LocalDate.now(ZoneOffset.UTC).toString());
        out.println("wrote " + this.out);
        return 0;
    }

    private String commandLine() {
        return "./storyline eval " + task + (smoke ? " --smoke" : "") + " --data-dir " + dataDir + " --out " + out;
    }

    static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process d = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").redirectErrorStream(true).start();
            String dirty = new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? s + (dirty.isEmpty() ? "" : "+changes") : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
