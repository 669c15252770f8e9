package dev.storyline.extract;

import dev.storyline.domain.MetadataSource;

/** A page-level value with where it was read; {@link #NONE} when no source gave one. */
record Sourced(String value, MetadataSource source) {
    static final Sourced NONE = new Sourced(null, null);

    static Sourced of(String value, MetadataSource source) {
        return value == null || value.isBlank() ? NONE : new Sourced(value.strip(), source);
    }

    /** The first that has a value, in the order of trust the caller gives. */
    static Sourced first(Sourced... candidates) {
        for (Sourced c : candidates) if (c.value() != null) return c;
        return NONE;
    }

    boolean present() {
        return value != null;
    }
}
