package io.fusionize.platform.internal.state;

/**
 * A named pointer at a published version, e.g. {@code v3}.
 *
 * @param name the alias
 * @param functionVersion the version it points at
 * @param description free text
 * @param revisionId changes with every update
 */
record Alias(String name, String functionVersion, String description, String revisionId) {
}
