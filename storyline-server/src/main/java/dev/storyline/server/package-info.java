/**
 * The Storyline server: a REST API over a {@link dev.storyline.store.StoryService} and a web UI served from the
 * classpath, in one process. {@link dev.storyline.server.StorylineServer} is the only entry point; everything
 * else is package-private.
 */
package dev.storyline.server;
