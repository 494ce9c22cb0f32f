/**
 * The example applications of the Fusionize++ evaluation, ported to Java: IoT traffic monitoring
 * ({@code iot}) and Tree ({@code tree}).
 */
package io.fusionize.examples;
