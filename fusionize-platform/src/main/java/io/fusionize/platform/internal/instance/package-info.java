/**
 * Instances: one JVM process each, one invocation at a time, started on demand, reused while warm,
 * evicted after the keep-alive; plus the Runtime API they speak and the class path they run with.
 */
package io.fusionize.platform.internal.instance;
