/**
 * Runs an application under any setup in one JVM: each function its own runtime, remote calls
 * looped back as bytes, records kept in memory. For JUnit tests of applications and for tools.
 */
package io.fusionize.core.harness;
