package dev.storyline.server;

import dev.storyline.Storyline;
import dev.storyline.settings.Settings;
import dev.storyline.store.InMemoryStoryStore;
import dev.storyline.store.StoryService;
import dev.storyline.store.StoryStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server on a free loopback port over an in-memory store, and a client for it. */
final class TestServer implements AutoCloseable {
    final StorylineServer server;
    final StoryService service;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String token;

    private TestServer(ServerOptions options, boolean samples) {
        this(options, samples, new InMemoryStoryStore());
    }

    private TestServer(ServerOptions options, boolean samples, StoryStore store) {
        service = new StoryService(new Storyline(Settings.DEFAULTS), store);
        server = new StorylineServer(service, options).start();
        token = options.token();
        if (samples) server.ingest(List.of(samples()));
    }

    static TestServer withSamples() {
        return new TestServer(ServerOptions.local(0), true);
    }

    /** Over a store as a previous run left it. */
    static TestServer over(StoryStore store) {
        return new TestServer(ServerOptions.local(0), false, store);
    }

    static TestServer empty(ServerOptions options) {
        return new TestServer(options, false);
    }

    static Path samples() {
        Path p = Path.of("..", "samples");
        return Files.isDirectory(p) ? p : Path.of("samples");
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws Exception {
        return http.send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One request written as given, the answer read whole: for headers java.net.http will not send as written
     * (another Host; its own Authorization handling).
     */
    String raw(String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
        service.store().close();
    }
}
