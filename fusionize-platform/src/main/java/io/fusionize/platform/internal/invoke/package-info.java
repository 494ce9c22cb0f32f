/**
 * Lambda's Invoke API: payload limits, qualifiers, {@code RequestResponse}, {@code Event} and
 * {@code DryRun}, reports per invocation, and the emulated network overhead.
 */
package io.fusionize.platform.internal.invoke;
