/**
 * Invocation records' JSON form and log line, and the sinks the runtime writes them to. The record
 * types are defined in {@code io.fusionize.protocol.fusion}.
 */
package io.fusionize.core.record;
