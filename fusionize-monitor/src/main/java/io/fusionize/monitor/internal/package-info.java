/**
 * The trace store's machinery: the SQLite schema, the background batch writer and the statistics
 * queries. Not part of the public API; use {@link io.fusionize.monitor.TraceStore}.
 */
package io.fusionize.monitor.internal;
