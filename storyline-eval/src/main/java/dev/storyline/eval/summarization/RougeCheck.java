package dev.storyline.eval.summarization;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reproduces the official ROUGE-1.5.5 averages of the DUC 2004 systems in rouge-check/ and reports the largest gap. */
final class RougeCheck {
    record Result(double maxDiffWords, double maxDiffBytes) {}

    private RougeCheck() {}

    static Result run(Path dir, Map<String, String> exceptions) throws Exception {
        return new Result(maxDiff(dir, "official-l100.res", new Rouge(exceptions, Rouge.Options.WORDS_100)),
                maxDiff(dir, "official-b665.res", new Rouge(exceptions, Rouge.Options.BYTES_665)));
    }

    static double maxDiff(Path dir, String resFile, Rouge rouge) throws Exception {
        String res = Files.readString(dir.resolve(resFile), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(\\S+) ROUGE-(1|2|SU4) Average_([RPF]): ([0-9.]+)").matcher(res);
        Map<String, Double> official = new TreeMap<>();
        while (m.find()) official.put(m.group(1) + " " + m.group(2) + " " + m.group(3), Double.parseDouble(m.group(4)));
        Set<String> systems = new TreeSet<>();
        official.keySet().forEach(k -> systems.add(k.split(" ")[0]));
        double max = 0;
        for (String sys : systems) {
            double[] sum = new double[9];
            int n = 0;
            List<Path> peers;
            try (Stream<Path> files = Files.list(dir.resolve("systems"))) {
                peers = files.filter(p -> p.getFileName().toString().endsWith("." + sys)).sorted().toList();
            }
            for (Path peerFile : peers) {
                String cluster = peerFile.getFileName().toString().split("\\.")[0];
                List<String> peer = rouge.tokens(Files.readString(peerFile, StandardCharsets.UTF_8));
                List<List<String>> refs = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir.resolve("references"))) {
                    for (Path r : files.filter(p -> p.getFileName().toString().startsWith(cluster + ".")).sorted().toList()) {
                        refs.add(rouge.tokens(Files.readString(r, StandardCharsets.UTF_8)));
                    }
                }
                Rouge.Score[] s = {rouge.rougeN(peer, refs, 1), rouge.rougeN(peer, refs, 2), rouge.rougeSU(peer, refs, 4)};
                for (int i = 0; i < 3; i++) {
                    sum[3 * i] += s[i].recall();
                    sum[3 * i + 1] += s[i].precision();
                    sum[3 * i + 2] += s[i].f();
                }
                n++;
            }
            String[] names = {"1", "2", "SU4"};
            String[] kinds = {"R", "P", "F"};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    Double o = official.get(sys + " " + names[i] + " " + kinds[j]);
                    if (o != null) max = Math.max(max, Math.abs(sum[3 * i + j] / n - o));
                }
            }
        }
        return max;
    }
}
