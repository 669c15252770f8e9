package dev.storyline.flink;

import dev.storyline.flink.kafka.KafkaArticles;
import org.apache.flink.connector.base.DeliveryGuarantee;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@link StorylineJobMain} was asked to do: its command line, checked before anything starts. */
record JobOptions(List<Path> inputs, boolean byDate, String kafkaBootstrap, String kafkaTopic, String kafkaGroup, KafkaArticles.Start kafkaStart,
                  boolean kafkaBounded, String pg, String kafkaOut, DeliveryGuarantee kafkaGuarantee, Path out,
                  Integer parallelism, String checkpointDir, Duration checkpointInterval) {

    static final String USAGE = """
            Usage: flink run -c dev.storyline.flink.StorylineJobMain storyline-flink-<version>-job.jar [options]
            Input (one of):
              --input PATH                 files, folders, JSON lines or WARC, read by the core's Ingester (repeatable)
                [--order date|input]       date (default): by publication day as `storyline run` takes a pile, for
                                           the same stories; input: as read (no extraction in the client)
              --kafka-bootstrap HOST:PORT --kafka-topic TOPIC
                                           one JSON article per record, assigned in arrival order (use one partition)
                [--kafka-group ID]         consumer group (default storyline)
                [--kafka-start committed|earliest|latest]  where to start (default committed, else earliest)
                [--kafka-bounded]          stop at the offsets that were the latest at the start
            Output (any; none prints the assignments):
              --pg postgresql://user:password@host:port/database
                                           stories, articles and claims in the server's schema (storyline serve --db)
              --kafka-out TOPIC            one Assignment JSON per article, keyed by article id (on --kafka-bootstrap)
                [--kafka-guarantee at-least-once|exactly-once]  (default at-least-once)
              --out FILE                   "articleId TAB storyId" lines, written by the client
            Job:
              --parallelism N              tasks for the per-article stages (assignment is always one task)
              --checkpoint-dir URI         durable checkpoint storage, e.g. s3://bucket/storyline or hdfs:///flink/cp
              --checkpoint-interval D      e.g. 10s, 1m or milliseconds (default 10s)
            """;

    static JobOptions parse(String... args) {
        List<Path> inputs = new ArrayList<>();
        String bootstrap = null, topic = null, group = "storyline", pg = null, kafkaOut = null, checkpointDir = null;
        KafkaArticles.Start start = KafkaArticles.Start.COMMITTED;
        boolean bounded = false;
        DeliveryGuarantee guarantee = DeliveryGuarantee.AT_LEAST_ONCE;
        Path out = null;
        Integer parallelism = null;
        Duration interval = Duration.ofSeconds(10);
        String order = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--kafka-bounded" -> bounded = true;
                case "-h", "--help" -> throw new IllegalArgumentException("");
                default -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unknown argument " + a);
                    String v = args[++i];
                    switch (a) {
                        case "--input" -> inputs.add(Path.of(v));
                        case "--order" -> order = v;
                        case "--kafka-bootstrap" -> bootstrap = v;
                        case "--kafka-topic" -> topic = v;
                        case "--kafka-group" -> group = v;
                        case "--kafka-start" -> start = KafkaArticles.Start.valueOf(v.toUpperCase(Locale.ROOT));
                        case "--pg" -> pg = v;
                        case "--kafka-out" -> kafkaOut = v;
                        case "--kafka-guarantee" -> guarantee = DeliveryGuarantee.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
                        case "--out" -> out = Path.of(v);
                        case "--parallelism" -> parallelism = Integer.parseInt(v);
                        case "--checkpoint-dir" -> checkpointDir = v;
                        case "--checkpoint-interval" -> interval = duration(v);
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        if (inputs.isEmpty() == (topic == null)) throw new IllegalArgumentException("give either --input or --kafka-topic");
        if (order != null && !order.equals("date") && !order.equals("input")) throw new IllegalArgumentException("--order is date or input, not " + order);
        if (order != null && topic != null) throw new IllegalArgumentException("--order is for --input: a topic is taken in arrival order");
        if ((topic != null || kafkaOut != null) && bootstrap == null) throw new IllegalArgumentException("Kafka needs --kafka-bootstrap");
        if (guarantee != DeliveryGuarantee.AT_LEAST_ONCE && guarantee != DeliveryGuarantee.EXACTLY_ONCE) {
            throw new IllegalArgumentException("--kafka-guarantee is at-least-once or exactly-once");
        }
        return new JobOptions(List.copyOf(inputs), !"input".equals(order), bootstrap, topic, group, start, bounded, pg, kafkaOut, guarantee, out,
                parallelism, checkpointDir, interval);
    }

    /** "10s", "2m", "500ms", or plain milliseconds. */
    static Duration duration(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        if (s.endsWith("s")) return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
        if (s.endsWith("m")) return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
        return Duration.ofMillis(Long.parseLong(s));
    }
}
