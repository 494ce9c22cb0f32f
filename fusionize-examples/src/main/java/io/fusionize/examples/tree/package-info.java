/**
 * The Tree application: a synchronous chain of pauses beside an asynchronous fan-out of CPU work,
 * entry {@code A}.
 */
package io.fusionize.examples.tree;
