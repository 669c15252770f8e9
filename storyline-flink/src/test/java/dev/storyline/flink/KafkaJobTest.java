package dev.storyline.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.flink.kafka.KafkaArticles;
import dev.storyline.flink.kafka.KafkaStoryUpdates;
import dev.storyline.ingest.DocumentSink;
import dev.storyline.ingest.Ingester;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job between two topics of a real Kafka broker: the samples produced into a topic, read by the Kafka
 * source (bounded at the offsets of the job's start, so the test ends), and the assignments written to an
 * updates topic, whose stories must be the embedded session's over the same records in the same order.
 */
class KafkaJobTest {
    private static TestKafka kafka;

    @BeforeAll
    static void broker() throws Exception {
        kafka = new TestKafka();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) kafka.close();
    }

    @Timeout(120)
    @ParameterizedTest
    @EnumSource(value = DeliveryGuarantee.class, names = {"AT_LEAST_ONCE", "EXACTLY_ONCE"})
    void storiesFromATopicToATopicAreTheEmbeddedSessions(DeliveryGuarantee guarantee) throws Exception {
        String in = "articles-" + guarantee.name().toLowerCase(Locale.ROOT);
        String out = "updates-" + guarantee.name().toLowerCase(Locale.ROOT);
        kafka.createTopic(in, 1); // one partition: the topic's order is the order of assignment
        kafka.createTopic(out, 1);
        List<String> records = records();
        produce(in, records);

        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none"); // a failure shows, rather than restarts for ever
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(200); // exactly-once commits its transactions at checkpoints
        DataStream<String> documents = KafkaArticles.documents(env, kafka.bootstrap(), in, "storyline-test",
                KafkaArticles.Start.EARLIEST, true, StorylineJobTest.SETTINGS);
        StorylineJob.build(documents, StorylineJobTest.SETTINGS, 2)
                .sinkTo(KafkaStoryUpdates.sink(kafka.bootstrap(), out, guarantee)).name("kafka updates");
        env.execute("storyline kafka to kafka");

        List<String> expected = StorylineJobTest.embedded(documents(in, records));
        List<String> updates = consume(out, expected.size());
        assertThat(updates.stream().map(u -> u.split("\t")[0]).toList()).doesNotHaveDuplicates();
        assertThat(StorylineJobTest.stories(updates)).isEqualTo(StorylineJobTest.stories(expected)).hasSize(3);
    }

    @Timeout(120)
    @org.junit.jupiter.api.Test
    void aFailureAfterCheckpointsResumesTheTopicWithNoArticleLostAndRepeatsOnlyUnderTheSameKey() throws Exception {
        String in = "articles-failure";
        String out = "updates-failure";
        kafka.createTopic(in, 1);
        kafka.createTopic(out, 1);
        List<String> records = records();
        produce(in, records);

        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(100);
        Faults.arm("assign", records.size() - 2);
        try {
            DataStream<String> documents = KafkaArticles.documents(env, kafka.bootstrap(), in, "storyline-test",
                    KafkaArticles.Start.EARLIEST, true, StorylineJobTest.SETTINGS).map(new Pause(300)).setParallelism(1);
            StorylineJob.build(documents, StorylineJobTest.SETTINGS, 2)
                    .sinkTo(KafkaStoryUpdates.sink(kafka.bootstrap(), out, DeliveryGuarantee.AT_LEAST_ONCE)).name("kafka updates");
            env.execute("storyline kafka to kafka, with a failure");
            assertThat(Faults.fired()).as("the failure was injected").isTrue();
        } finally {
            Faults.disarm();
        }

        List<String> expected = StorylineJobTest.stories(StorylineJobTest.embedded(documents(in, records))).stream()
                .flatMap(java.util.Set::stream).toList();
        List<String> updates = consume(out, expected.size());
        // at-least-once: a record sent again after the restart has the same key and the same story
        java.util.Map<String, java.util.Set<String>> storiesByArticle = new java.util.HashMap<>();
        for (String u : updates) storiesByArticle.computeIfAbsent(u.split("\t")[0], k -> new java.util.HashSet<>()).add(u.split("\t")[1]);
        assertThat(storiesByArticle.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(storiesByArticle.values()).allSatisfy(stories -> assertThat(stories).hasSize(1));
        assertThat(StorylineJobTest.stories(updates.stream().distinct().toList()))
                .isEqualTo(StorylineJobTest.stories(StorylineJobTest.embedded(documents(in, records))));
    }

    /** The samples, read by the core's Ingester, as one JSON article each (the fields a JSON-lines file has). */
    private static List<String> records() {
        List<String> out = new ArrayList<>();
        new dev.storyline.Storyline(StorylineJobTest.SETTINGS).read(List.of(StorylineJobTest.samples()), new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
                ObjectNode r = StorylineJob.JSON.createObjectNode();
                if (d.hints().id() != null) r.put("id", d.hints().id());
                r.put("url", d.hints().url());
                r.put("title", d.hints().title());
                r.put("published", d.hints().published());
                r.put("outlet", d.hints().outlet());
                r.put(d.format() == RawDocument.Format.HTML ? "html" : "text", d.content());
                out.add(r.toString());
            }

            @Override
            public void reject(Rejection rejection) {
                throw new IllegalStateException(rejection.toString());
            }
        });
        return out;
    }

    /** The records as the job's source reads them: the core's JSON reader, source named by partition and offset. */
    private static List<String> documents(String topic, List<String> records) {
        Ingester ingester = new Ingester(StorylineJobTest.SETTINGS.ingest());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ingester.readRecord(topic + "-0@" + i, records.get(i), new DocumentSink() {
                @Override
                public void accept(RawDocument d) { out.add(StorylineJob.document(out.size(), d)); }

                @Override
                public void reject(Rejection rejection) { throw new IllegalStateException(rejection.toString()); }
            });
        }
        return out;
    }

    private static void produce(String topic, List<String> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String r : records) producer.send(new ProducerRecord<>(topic, r)).get();
        }
    }

    /** "articleId TAB storyId" from the updates topic (committed records only), waiting up to 30 s for {@code n} articles. */
    private static List<String> consume(String topic, int n) throws Exception {
        List<String> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.stream().map(u -> u.split("\t")[0]).distinct().count() < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode update = StorylineJob.JSON.readTree(r.value());
                    assertThat(update.get("articleId").asText()).isEqualTo(r.key());
                    out.add(update.get("articleId").asText() + "\t" + update.get("storyId").asText());
                }
            }
            // anything beyond n would be a repeat: one more short poll to see it
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                JsonNode update = StorylineJob.JSON.readTree(r.value());
                out.add(update.get("articleId").asText() + "\t" + update.get("storyId").asText());
            }
        }
        return out;
    }
}
