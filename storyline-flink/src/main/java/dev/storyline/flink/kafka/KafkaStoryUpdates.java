package dev.storyline.flink.kafka;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * Story updates to a Kafka topic: one record per assigned article, keyed by the article id, whose value is the
 * core's {@code Assignment} as JSON: {@code {"articleId", "storyId", "newStory", "score", "signals"}}.
 *
 * <p>Delivery: {@link DeliveryGuarantee#AT_LEAST_ONCE} by default. A restart from a checkpoint sends again what
 * came after it, with the same key and the same value (the assignment is replayed in the same order), so a
 * consumer that keeps the last value per key, or a compacted topic, sees each article once.
 * {@link DeliveryGuarantee#EXACTLY_ONCE} writes in Kafka transactions committed at each checkpoint: no repeats for
 * consumers with {@code isolation.level=read_committed}, at the cost of updates appearing only at checkpoints.
 */
public final class KafkaStoryUpdates {
    /** The broker's default ceiling: a checkpoint interval, plus recovery, must stay below it. */
    static final long TRANSACTION_TIMEOUT_MS = 15 * 60 * 1000;

    private KafkaStoryUpdates() {}

    /** A sink for the job's "articleId TAB storyId TAB assignment JSON" lines. */
    public static KafkaSink<String> sink(String bootstrap, String topic, DeliveryGuarantee guarantee) {
        KafkaSinkBuilder<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers(bootstrap)
                .setDeliveryGuarantee(guarantee)
                .setRecordSerializer(new Updates(topic));
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            sink.setTransactionalIdPrefix("storyline-" + topic);
            // the connector asks for an hour, which a broker with the default transaction.max.timeout.ms (15
            // minutes) refuses; a transaction lasts one checkpoint interval, far less than that
            sink.setProperty("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT_MS));
        }
        return sink.build();
    }

    static final class Updates implements KafkaRecordSerializationSchema<String> {
        private final String topic;

        Updates(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(String line, KafkaSinkContext context, Long timestamp) {
            String[] parts = line.split("\t", 3);
            return new ProducerRecord<>(topic, parts[0].getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8));
        }
    }
}
