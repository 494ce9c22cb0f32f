/**
 * Invocation records, their JSON form, and the sinks the runtime writes them to.
 */
package io.fusionize.core.record;
