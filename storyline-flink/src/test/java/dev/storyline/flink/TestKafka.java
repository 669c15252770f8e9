package dev.storyline.flink;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker in this JVM: Apache Kafka's own server classes in KRaft mode (one node that is both
 * controller and broker), from its test kit on Maven Central. No ZooKeeper, no Docker, loopback only.
 */
final class TestKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    TestKafka() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // one broker: the internal topics (offsets, transactions) cannot have more replicas than that
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
    }

    String bootstrap() {
        return cluster.bootstrapServers();
    }

    void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
