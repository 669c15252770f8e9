package dev.storyline.server;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.export.JsonExport;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Storyline server: the REST API under /api, its OpenAPI document at /openapi.json, and the web UI at /,
 * over one {@link StoryService}. Binds 127.0.0.1 unless given a token (see {@link ServerOptions}).
 */
public final class StorylineServer implements AutoCloseable {
    /** A focus is a topic or a question, not a document: longer queries are refused. */
    static final int MAX_QUERY_CHARS = 500;

    /**
     * Only this origin's scripts, styles and connections; nothing inline, no frames, no plugins. The UI builds
     * every element with DOM calls, so it needs no exception to this.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String WEB = "/dev/storyline/server/web";

    private final ServerOptions options;
    private final StoryEvents events = new StoryEvents();
    private final Library library;
    private final Storyline storyline;
    private final List<FolderWatcher> watchers = new ArrayList<>();
    private final List<ExecutorService> followers = new ArrayList<>();
    private final byte[] openApi;
    private final WriteLimiter writes;
    /** Turns for reads: see {@link ServerOptions#readConcurrency()}. */
    private final java.util.concurrent.Semaphore reads;
    private Javalin app;

    public StorylineServer(StoryService service, ServerOptions options) {
        this.options = options;
        this.storyline = service.storyline();
        this.library = new Library(service, events);
        this.openApi = resource("/dev/storyline/server/openapi.json");
        this.writes = new WriteLimiter(options.writesPerMinute(), System::nanoTime);
        this.reads = new java.util.concurrent.Semaphore(options.readConcurrency(), true);
    }

    /** Starts listening; returns once the port is bound. */
    public StorylineServer start() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true; // GET /api/articles is a wrong method, not a missing resource
            // a request Jetty cannot parse (a %00 in the path, a bad header) gets the same JSON error as the rest,
            // not Jetty's HTML page
            config.jetty.modifyServer(server -> server.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
                @Override
                public java.nio.ByteBuffer badMessageError(int status, String reason,
                                                           org.eclipse.jetty.http.HttpFields.Mutable fields) {
                    fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
                    String message = "bad request" + (reason == null || reason.isBlank() ? "" : ": " + reason);
                    return java.nio.ByteBuffer.wrap(errorJson(status, message));
                }
            }));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
            });
        });
        app.before(this::secure);
        app.before(this::sameOriginOnly);
        app.before("/api/*", this::authorize);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.post("/api/articles", this::postArticles);
        app.get("/api/articles/{id}", reading(this::getArticle));
        app.get("/api/stories", reading(this::listStories));
        app.get("/api/stories/{id}", reading(this::getStory));
        app.get("/api/search", reading(this::search));
        app.get("/api/stories.atom", reading(this::feed));
        app.get("/api/storylines/{id}", reading(this::getStoryline));
        // Javalin answers an SSE route asked without this Accept with an empty 200: say what is missing instead
        app.before("/api/events", ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiError(406, "this is a Server-Sent Events stream: send Accept: text/event-stream");
            }
        });
        app.sse("/api/events", events::connect);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        // Javalin's own answers (unknown route or file, wrong method) in the same JSON shape as ours, everywhere:
        // the UI routes by the URL's fragment, so no page path is ever a 404 a browser should render
        for (int status : new int[]{404, 405}) {
            app.error(status, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    error(ctx, status, status == 404 ? "not found: " + ctx.path() : "method not allowed");
                }
            });
        }
        app.start(options.host(), options.port());
        return this;
    }

    /** A read runs while fewer than {@code readConcurrency} others do; the rest wait their turn, in order (ServerOptions). */
    private io.javalin.http.Handler reading(io.javalin.http.Handler handler) {
        return ctx -> {
            reads.acquire();
            try {
                handler.handle(ctx);
            } finally {
                reads.release();
            }
        };
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** Ingests files that appear in a folder while the server runs, checking every {@code every}. */
    public void watch(Path folder, Duration every) {
        FolderWatcher watcher = new FolderWatcher(folder, library::ingest);
        watchers.add(watcher);
        watcher.start(every);
    }

    /**
     * Picks up writes that other processes make to the same store (e.g. {@code storyline ingest} while serving):
     * every {@code every}, if {@code storeVersion} (something cheap that changes when the store is written, such
     * as its files' sizes and times) has moved, the stories are reloaded and clients told what changed.
     */
    public void followStore(Supplier<?> storeVersion, Duration every) {
        library.follow(storeVersion);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storyline-follow-store");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                library.reloadIfChanged();
            } catch (RuntimeException e) {
                // a store caught mid-write is read again at the next tick
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        followers.add(poller);
    }

    /** Ingests files or folders through the server, so open pages and event clients see the change. */
    public IngestReport ingest(List<Path> paths) {
        return library.ingest(paths);
    }

    @Override
    public void close() {
        watchers.forEach(FolderWatcher::close);
        followers.forEach(ExecutorService::shutdownNow);
        events.close();
        if (app != null) app.stop();
    }

    private void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Refuses what a browser sends on another site's behalf ({@link OriginGuard}). */
    private void sameOriginOnly(Context ctx) {
        String why = OriginGuard.refusal(ctx.method().name(), ctx.header("Host"), ctx.header("Origin"),
                ctx.header("Sec-Fetch-Site"), options.token() == null);
        if (why != null) throw new ApiError(403, why);
    }

    private void authorize(Context ctx) {
        if (options.token() == null) return;
        String header = ctx.header("Authorization");
        // the scheme is case-insensitive (RFC 7235): "bearer T" is "Bearer T"; the token itself is compared exactly
        String credentials = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        byte[] given = credentials == null ? new byte[0] : credentials.getBytes(StandardCharsets.UTF_8);
        byte[] expected = options.token().getBytes(StandardCharsets.UTF_8);
        // constant-time comparison: the time taken tells nothing about how much of the token was right
        if (!MessageDigest.isEqual(given, expected)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, header == null ? "missing bearer token" : "invalid bearer token");
        }
    }

    private void postArticles(Context ctx) {
        String client = ctx.ip();
        if (!writes.tryWrite(client)) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, writes.retryAfterSeconds(client))));
            throw new ApiError(429, "too many writes from " + client + ": at most " + options.writesPerMinute()
                    + " requests a minute; try again later");
        }
        byte[] body = RequestBody.read(inputStream(ctx), ctx.req().getContentLengthLong(), options.maxBodyBytes());
        ArticleIntake.Batch batch = ArticleIntake.parse(ctx.contentType(), body, ctx::queryParam);
        IngestReport report = library.add(batch.documents(), batch.rejections());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", report.read());
        m.put("added", report.added());
        m.put("duplicates", report.duplicates());
        m.put("rejections", report.rejections());
        m.put("stories", library.snapshot().stories.size());
        // nothing stored, nothing known already, something refused: the request failed, with every reason
        boolean nothingTaken = report.added() == 0 && report.duplicates() == 0 && !report.rejections().isEmpty();
        json(ctx, nothingTaken ? 422 : 201, m);
    }

    private static InputStream inputStream(Context ctx) {
        try {
            return ctx.req().getInputStream();
        } catch (IOException e) {
            throw ApiError.badRequest("could not read the request body");
        }
    }

    private void getArticle(Context ctx) {
        Snapshot snapshot = library.snapshot();
        Article a = snapshot.articles.get(ctx.pathParam("id"));
        if (a == null) throw ApiError.notFound("no article '" + ctx.pathParam("id") + "'");
        json(ctx, 200, ArticleView.detail(a, snapshot));
    }

    private void getStory(Context ctx) {
        Snapshot snapshot = library.snapshot();
        Story s = snapshot.stories.get(ctx.pathParam("id"));
        String into = snapshot.mergedInto.get(ctx.pathParam("id"));
        if (s == null && into != null) {
            // a merged story lives on in the older one: a reader's saved link follows it there
            String query = ctx.queryString();
            ctx.redirect("/api/stories/" + into + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (s == null) {
            // as the CLI takes them: a prefix of the id only one story has, or its number in the listing
            Story meant = dev.storyline.domain.StoryRun.find(List.copyOf(snapshot.stories.values()), ctx.pathParam("id"));
            if (meant == null) throw ApiError.notFound("no story '" + ctx.pathParam("id") + "' (an id, a prefix only one story has, or its number)");
            String query = ctx.queryString();
            ctx.redirect("/api/stories/" + meant.id() + (query == null ? "" : "?" + query), HttpStatus.FOUND);
            return;
        }
        Map<String, Object> detail = StoryView.detail(s, snapshot);
        String query = query(ctx);
        LocalDate day = since(ctx);
        if (day != null) {
            detail.put("update", JsonExport.update(storyline.update(s, snapshot.articles, day, query), day, query));
        } else if (query != null) {
            detail.put("focus", JsonExport.update(storyline.focus(s, snapshot.articles, query), null, query));
        }
        json(ctx, 200, detail);
    }

    /** {@code ?query=}: a topic or a question of 1 to {@link #MAX_QUERY_CHARS} characters, or null. */
    private static String query(Context ctx) {
        String query = ctx.queryParam("query");
        if (query != null && (query.isBlank() || query.length() > MAX_QUERY_CHARS)) {
            throw ApiError.badRequest("query must be 1 to " + MAX_QUERY_CHARS + " characters");
        }
        return query;
    }

    /** {@code ?since=}: a day, yyyy-mm-dd, or null when absent or blank. */
    private static LocalDate since(Context ctx) {
        String since = ctx.queryParam("since");
        if (since == null || since.isBlank()) return null;
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("since must be a day, yyyy-mm-dd, not '" + since + "'");
        }
    }

    /**
     * The stories and articles a query finds; with {@code ?summary=true}, or with {@code ?since=}, also one summary
     * of the stories found, their articles together, focused on the query (only what is new since the day, with
     * {@code since}): "what is new about X since Monday" over a topic spread across several stories.
     */
    private void search(Context ctx) {
        Snapshot snapshot = library.snapshot();
        String q = ctx.queryParam("q");
        Map<String, Object> m = SearchResults.of(q, snapshot);
        LocalDate day = since(ctx);
        if (day != null || "true".equals(ctx.queryParam("summary"))) {
            List<dev.storyline.domain.Story> stories = SearchResults.storiesFound(q, snapshot);
            m.put("summary", stories.isEmpty() ? null
                    : JsonExport.update(storyline.summarize("search", stories, snapshot.articles, day, q), day, q));
        }
        json(ctx, 200, m);
    }

    /**
     * A storyline: its stories in the order they began and one summary of all their articles, focused with
     * {@code ?query=}, only what is new with {@code ?since=} (both checked as for a story).
     */
    private void getStoryline(Context ctx) {
        Snapshot snapshot = library.snapshot();
        String id = ctx.pathParam("id");
        List<dev.storyline.domain.Story> stories = snapshot.storiesOf(id);
        if (stories.isEmpty()) throw ApiError.notFound("no storyline '" + id + "'");
        String query = query(ctx);
        LocalDate day = since(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("stories", stories.stream().map(st -> StoryView.listItem(st, snapshot)).toList());
        m.put("summary", JsonExport.update(storyline.summarize(id, stories, snapshot.articles, day, query), day, query));
        json(ctx, 200, m);
    }

    /**
     * The stories as an Atom feed, newest first, each linked to its page on this server; {@code ?storyline=ID} keeps
     * one storyline's. The address comes from the request, whose Host the host allow-list has already checked.
     */
    private void feed(Context ctx) throws java.io.IOException {
        Snapshot snapshot = library.snapshot();
        String storyline = ctx.queryParam("storyline");
        List<dev.storyline.domain.Story> stories = snapshot.run.stories().stream()
                .filter(st -> storyline == null || storyline.equals(st.storylineId())).toList();
        if (storyline != null && stories.isEmpty()) throw ApiError.notFound("no storyline '" + storyline + "'");
        dev.storyline.domain.StoryRun run = new dev.storyline.domain.StoryRun(snapshot.run.articles(), stories,
                List.of(), List.of(), snapshot.run.provenance());
        java.io.StringWriter out = new java.io.StringWriter();
        String base = ctx.scheme() + "://" + ctx.host();
        dev.storyline.export.AtomFeed.write(run, out, base, storyline == null ? "Storyline stories" : "Storyline: storyline " + storyline);
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(out.toString());
    }

    private void listStories(Context ctx) {
        StoryListing listing = StoryListing.of(ctx.queryParam("since"), ctx.queryParam("q"), ctx.queryParam("entity"),
                ctx.queryParam("outlet"), ctx.queryParam("language"), ctx.queryParam("storyline"), ctx.queryParam("limit"),
                ctx.queryParam("cursor"));
        json(ctx, 200, listing.page(library.snapshot()));
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(JsonExport.mapper().writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        // a refused upload may still be arriving: closing the connection stops it instead of reading it all
        if (status == 413) ctx.header("Connection", "close");
        ctx.status(status).contentType("application/json; charset=utf-8").result(errorJson(status, message));
    }

    /** The one error shape, {"error": "...", "status": N}, for our answers, Javalin's and Jetty's. */
    private static byte[] errorJson(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("status", status);
        try {
            return JsonExport.mapper().writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = StorylineServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
