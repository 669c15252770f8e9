package dev.storyline.flink.kafka;

import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.flink.StorylineJob;
import dev.storyline.ingest.DocumentSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.settings.Settings;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/**
 * Articles from a Kafka topic, one JSON article per record (the fields of a line of a JSON-lines file: id, url,
 * title, text or html, published, outlet), numbered in the order they arrive: the order the online assignment
 * follows.
 *
 * <p>Order: one source task reads the topic and one numbering task right behind it gives each accepted record the
 * next number. With one partition that is the topic's order, the same on every run and after every restart. With
 * several partitions it is the order the source task happened to receive them (each partition's records stay in
 * offset order, but how partitions interleave varies from run to run): use one partition for reproducible stories.
 * The numbering is checkpointed with the source's offsets, so after a restore both carry on from the same record.
 */
public final class KafkaArticles {
    private KafkaArticles() {}

    /** Where to start and whether to stop. */
    public enum Start { EARLIEST, COMMITTED, LATEST }

    /**
     * The numbered documents of a topic, ready for {@link StorylineJob#build}. {@code bounded}: stop at the offsets
     * that were the latest when the job started (for tests and backfills), else read for ever.
     */
    public static DataStream<String> documents(StreamExecutionEnvironment env, String bootstrap, String topic, String group,
                                               Start start, boolean bounded, Settings settings) {
        KafkaSourceBuilder<String> source = KafkaSource.<String>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topic)
                .setGroupId(group)
                .setStartingOffsets(switch (start) {
                    case EARLIEST -> OffsetsInitializer.earliest();
                    case LATEST -> OffsetsInitializer.latest();
                    // the group's committed offsets (Flink commits them at each checkpoint), else the beginning
                    case COMMITTED -> OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST);
                })
                .setDeserializer(new Records());
        if (bounded) source.setBounded(OffsetsInitializer.latest());
        return env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "kafka " + topic).uid("kafka-articles").setParallelism(1)
                .flatMap(new Number(settings)).name("number").uid("number").setParallelism(1);
    }

    /** A record as "topic-partition@offset TAB value": where it came from names the document. */
    static final class Records implements KafkaRecordDeserializationSchema<String> {
        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<String> out) {
            if (record.value() == null) return; // a tombstone: no article
            out.collect(record.topic() + "-" + record.partition() + "@" + record.offset() + "\t"
                    + new String(record.value(), StandardCharsets.UTF_8));
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return Types.STRING;
        }
    }

    /**
     * Reads each record with the core's JSON reader (same fields and limits as a JSON-lines file) and numbers the
     * accepted ones in arrival order; a rejected record is logged and takes no number, so the assignment never
     * waits for it.
     */
    static final class Number extends RichFlatMapFunction<String, String> implements CheckpointedFunction {
        private final String settings; // as JSON: the core's settings are records, not Serializable
        private transient Ingester ingester;
        private transient ListState<Long> checkpointed;
        private transient long next;

        Number(Settings settings) {
            this.settings = StorylineJob.json(settings);
        }

        @Override
        public void open(OpenContext context) throws Exception {
            ingester = new Ingester(StorylineJob.JSON.readValue(settings, Settings.class).ingest());
        }

        @Override
        public void flatMap(String record, Collector<String> out) {
            int tab = record.indexOf('\t');
            ingester.readRecord(record.substring(0, tab), record.substring(tab + 1), new DocumentSink() {
                @Override
                public void accept(RawDocument document) { out.collect(StorylineJob.document(next++, document)); }

                @Override
                public void reject(Rejection rejection) { System.err.println("rejected " + rejection.source() + ": " + rejection.reason()); }
            });
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            checkpointed.update(java.util.List.of(next));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Long.class));
            next = 0;
            for (Long n : checkpointed.get()) next = Math.max(next, n);
        }
    }
}
