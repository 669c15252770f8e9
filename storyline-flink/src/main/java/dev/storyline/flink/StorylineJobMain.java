package dev.storyline.flink;

import dev.storyline.flink.kafka.KafkaArticles;
import dev.storyline.flink.kafka.KafkaStoryUpdates;
import dev.storyline.flink.postgres.PostgresRunSink;
import dev.storyline.settings.Settings;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The entry point for {@code flink run}: input from files or a Kafka topic, stories to PostgreSQL, a Kafka topic
 * or a file. See {@link JobOptions#USAGE} and docs/FLINK.md.
 */
public final class StorylineJobMain {
    private StorylineJobMain() {}

    public static void main(String[] args) throws Exception {
        JobOptions o;
        try {
            o = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) System.err.println(e.getMessage());
            System.err.print(JobOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        run(o, Settings.DEFAULTS);
    }

    static void run(JobOptions o, Settings settings) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration(o));
        int parallelism = o.parallelism() != null ? o.parallelism() : env.getParallelism();
        if (o.parallelism() != null) env.setParallelism(parallelism);

        DataStream<String> documents = o.kafkaTopic() != null
                ? KafkaArticles.documents(env, o.kafkaBootstrap(), o.kafkaTopic(), o.kafkaGroup(), o.kafkaStart(), o.kafkaBounded(), settings)
                // read by the client, as the core reads them; they travel in the job graph, so this suits batches,
                // not archives of millions (put those on a topic)
                : env.fromData(StorylineJob.read(o.inputs(), settings, o.byDate())).name("documents").setParallelism(1);
        SingleOutputStreamOperator<String> assignments = StorylineJob.build(documents, settings, parallelism, o.pg() != null);
        if (o.pg() != null) {
            StorylineJob.runs(assignments).sinkTo(new PostgresRunSink(o.pg())).name("postgres").uid("postgres").setParallelism(1);
        }
        if (o.kafkaOut() != null) {
            assignments.sinkTo(KafkaStoryUpdates.sink(o.kafkaBootstrap(), o.kafkaOut(), o.kafkaGuarantee()))
                    .name("kafka " + o.kafkaOut()).uid("kafka-out").setParallelism(1);
        }
        if (o.out() == null && (o.pg() != null || o.kafkaOut() != null)) {
            env.execute("storyline");
            return;
        }
        // the assignments come back to this client: to the file, else to standard output
        try (Writer w = o.out() != null ? Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8)
                : new BufferedWriter(new PrintWriter(System.out, false, StandardCharsets.UTF_8));
             var it = assignments.executeAndCollect("storyline")) {
            while (it.hasNext()) {
                String[] line = it.next().split("\t", 3);
                w.write(line[0] + "\t" + line[1] + "\n");
                w.flush();
            }
        }
    }

    /** Checkpoints every interval, kept on cancellation so a new submission can start from the last one. */
    static Configuration configuration(JobOptions o) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, o.checkpointInterval());
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (o.checkpointDir() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, o.checkpointDir());
        }
        return conf;
    }
}
