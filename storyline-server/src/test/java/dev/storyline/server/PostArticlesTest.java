package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/articles in every accepted form, the refusals, and concurrent writers. */
class PostArticlesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.empty(ServerOptions.local(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A distinct, plausible article: a few sentences so extraction keeps it. */
    static ObjectNode article(String id, String town, int n) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id);
        a.put("title", "Flooding closes roads in " + town);
        a.put("outlet", "Test Wire " + (n % 3));
        a.put("published", "2024-05-" + String.format("%02d", 1 + n % 28));
        a.put("text", "Flooding closes roads in " + town + "\n\nHeavy rain flooded " + n + " streets in " + town
                + " on Tuesday, officials said. The mayor of " + town + " asked residents to stay at home while crews "
                + "cleared drains. Schools in " + town + " will stay closed until the water recedes, the council said.");
        return a;
    }

    JsonNode created(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    int storedArticles() {
        return server.service.store().articles().size();
    }

    @Test
    void oneJsonArticleIsAddedOnceThenCountedAsDuplicate() throws Exception {
        String body = article("a-1", "Lindford", 1).toString();
        JsonNode first = created(server.post("/api/articles", "application/json", body));
        assertThat(first.get("added").asInt()).isEqualTo(1);
        assertThat(first.get("stories").asInt()).isEqualTo(1);
        JsonNode again = created(server.post("/api/articles", "application/json; charset=utf-8", body));
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(1);
        JsonNode stored = JSON.readTree(server.get("/api/articles/a-1").body());
        assertThat(stored.get("title").asText()).isEqualTo("Flooding closes roads in Lindford");
    }

    @Test
    void jsonLinesBatchReportsBadLinesAndKeepsTheRest() throws Exception {
        String body = article("b-1", "Orrin", 2) + "\n{not json\n" + article("b-2", "Castleford", 3) + "\n{\"id\":\"b-3\"}\n";
        JsonNode r = created(server.post("/api/articles", "application/x-ndjson", body));
        assertThat(r.get("added").asInt()).isEqualTo(2);
        assertThat(r.get("read").asInt()).isEqualTo(4);
        assertThat(r.get("rejections")).hasSize(2);
        assertThat(r.get("rejections").get(0).get("source").asText()).isEqualTo("api#2");
    }

    @Test
    void aWriteOfWhichEveryItemIsRejectedIs422WithEveryReason() throws Exception {
        HttpResponse<String> r = server.post("/api/articles", "application/x-ndjson", "{not json\n{\"id\":\"c-1\"}\n");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("rejections")).hasSize(2);
        // a duplicate is no failure: the article is known
        String one = article("c-2", "Dunmore", 4).toString();
        assertThat(server.post("/api/articles", "application/json", one).statusCode()).isEqualTo(201);
        assertThat(server.post("/api/articles", "application/json", one).statusCode()).isEqualTo(201);
    }

    @Test
    void anArticleLongerThanTheArticleLimitIs422WithItsSizeAndSmallWritesGoOn() throws Exception {
        String longText = "The harbour ferry resumed service after the storm. ".repeat(6_000); // 306,000 characters
        HttpResponse<String> r = server.post("/api/articles", "text/plain", longText);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("rejections").get(0).get("reason").asText())
                .contains("characters, more than the 250,000").contains("ingest.maxArticleChars");
        assertThat(server.post("/api/articles", "application/json", article("c-9", "Dunmore", 2).toString()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aJsonArrayKeepsItsGoodRecordsAndRejectsTheBadOneAsAJsonLinesBatchDoes() throws Exception {
        String body = "[" + article("d-1", "Orrin", 5) + ", {\"text\": 5}]";
        JsonNode r = created(server.post("/api/articles", "application/json", body));
        assertThat(r.get("added").asInt()).isEqualTo(1);
        assertThat(r.get("rejections")).hasSize(1);
        assertThat(r.get("rejections").get(0).get("source").asText()).isEqualTo("api#2");
        assertThat(r.get("rejections").get(0).get("reason").asText()).contains("\"text\" must be a string");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNotStoredAsReplacementCharacters() throws Exception {
        byte[] body = "{\"text\": \"Caf\u0000\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body[body.length - 3] = (byte) 0xC3; // C3 28: a lead byte without its continuation
        body[body.length - 2] = (byte) 0x28;
        HttpResponse<String> r = server.http.send(server.request("/api/articles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not valid UTF-8");
        assertThat(storedArticles()).isZero();
    }

    @Test
    void rawHtmlPageWithUrl() throws Exception {
        String html = "<html><head><title>Harbour reopens</title></head><body><nav>Home | News | Sport</nav><article>"
                + "<h1>Harbour reopens after storm</h1><p>The harbour at Wexmouth reopened on Friday after a storm "
                + "damaged two piers, the port authority said.</p><p>Repairs will cost about 2 million euros and take "
                + "until the summer, according to the authority.</p></article><footer>Subscribe to our newsletter</footer></body></html>";
        JsonNode r = created(server.post("/api/articles?url=https://example.org/harbour&outlet=Wexmouth%20News",
                "text/html; charset=utf-8", html));
        assertThat(r.get("added").asInt()).isEqualTo(1);
        String id = server.service.store().articles().get(0).id();
        JsonNode a = JSON.readTree(server.get("/api/articles/" + id).body());
        assertThat(a.get("url").asText()).isEqualTo("https://example.org/harbour");
        assertThat(a.get("text").asText()).contains("Wexmouth").doesNotContain("<p>");
    }

    @Test
    void malformedOrInvalidBodiesAre400AndStoreNothing() throws Exception {
        for (String body : List.of("{\"id\": \"x\", \"text\": ", "[1, 2", "42", "{\"id\":\"x\"}", "{\"text\": 5}", "   ")) {
            HttpResponse<String> r = server.post("/api/articles", "application/json", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("error").asText()).isNotBlank();
        }
        HttpResponse<String> deep = server.post("/api/articles", "application/json", "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.statusCode()).isEqualTo(400);
        HttpResponse<String> type = server.post("/api/articles", "application/xml", "<a/>");
        assertThat(type.statusCode()).isEqualTo(415);
        assertThat(storedArticles()).isZero();
    }

    @Test
    void fiftyMegabyteBodyIs413AndTheServerCarriesOn() throws Exception {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> r;
        try {
            r = server.http.send(server.request("/api/articles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("the server should answer 413, not drop the connection", e);
        }
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
        // chunked, with no declared length: counted as it arrives
        HttpResponse<String> chunked = server.http.send(server.request("/api/articles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(storedArticles()).isZero();
        assertThat(created(server.post("/api/articles", "application/json", article("after", "Brill", 4).toString()))
                .get("added").asInt()).isEqualTo(1);
    }

    @Test
    void eightConcurrentClientsLoseAndDuplicateNothing() throws Exception {
        int clients = 8;
        int each = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Callable<Integer> task = () -> {
                    int added = 0;
                    for (int i = 0; i < each; i++) {
                        int n = client * each + i;
                        // every client also re-sends client 0's first article: a duplicate that must be stored once
                        String body = article("c" + client + "-" + i, "Town" + n + "ville", n) + "\n" + article("c0-0", "Town0ville", 0);
                        added += created(server.post("/api/articles", "application/x-ndjson", body)).get("added").asInt();
                    }
                    return added;
                };
                results.add(pool.submit(task));
            }
            int added = 0;
            for (Future<Integer> f : results) added += f.get(5, TimeUnit.MINUTES);
            assertThat(added).isEqualTo(clients * each);
        } finally {
            pool.shutdownNow();
        }
        Set<String> ids = new HashSet<>();
        server.service.store().articles().forEach(a -> ids.add(a.id()));
        assertThat(server.service.store().articles()).hasSize(clients * each);
        assertThat(ids).hasSize(clients * each);
        int inStories = 0;
        for (JsonNode s : JSON.readTree(server.get("/api/stories?limit=100").body()).get("stories")) inStories += s.get("articleCount").asInt();
        assertThat(inStories).isEqualTo(clients * each);
    }
}
