package dev.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.storyline.domain.Story;
import dev.storyline.export.JsonExport;
import io.javalin.http.sse.SseClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-Sent Events of story changes: after each change of the stories, one {@code story} event per story that
 * was created, updated (articles or headline changed) or removed. A comment every few seconds keeps idle
 * connections (and proxies) from timing out and finds clients that went away.
 */
final class StoryEvents implements AutoCloseable {
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyline-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    StoryEvents() {
        heartbeat.scheduleAtFixedRate(() -> broadcast(null, "keep-alive"), 15, 15, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        // tells the client it is connected, so it can (re)load what it shows without a race
        client.sendEvent("hello", "{\"clients\":" + clients.size() + "}");
    }

    int clients() { return clients.size(); }

    /** Publishes what differs between two snapshots, in the new snapshot's activity order. */
    void changed(Snapshot before, Snapshot after) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Story s : after.storiesByActivity()) {
            Story old = before.stories.get(s.id());
            if (old == null) events.add(event("created", s, after));
            else if (!old.articleIds().equals(s.articleIds()) || !Objects.equals(old.headline(), s.headline())
                    || !old.claims().equals(s.claims())) events.add(event("updated", s, after));
        }
        for (Story s : before.stories.values()) {
            if (!after.stories.containsKey(s.id())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", "removed");
                m.put("id", s.id());
                events.add(m);
            }
        }
        for (Map<String, Object> e : events) {
            try {
                broadcast("story", JsonExport.mapper().writeValueAsString(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static Map<String, Object> event(String type, Story s, Snapshot snapshot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.putAll(StoryView.listItem(s, snapshot));
        return m;
    }

    /** Sends to every client; one that fails or has gone is dropped, never blocking the others' delivery. */
    private void broadcast(String event, String data) {
        for (SseClient c : clients) {
            try {
                if (c.terminated()) {
                    clients.remove(c);
                } else if (event == null) {
                    c.sendComment(data);
                } else {
                    c.sendEvent(event, data);
                }
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (SseClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // closing a connection that already broke: nothing left to do
            }
        }
        clients.clear();
    }
}
