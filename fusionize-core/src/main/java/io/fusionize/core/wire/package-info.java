/**
 * The byte-exact codec of what travels between functions: the decoded invocation event envelope
 * and response. The wire types and constants themselves are defined in
 * {@code io.fusionize.protocol.fusion} and {@code io.fusionize.protocol.lambda}.
 */
package io.fusionize.core.wire;
