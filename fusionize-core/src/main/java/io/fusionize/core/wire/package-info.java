/**
 * What travels between functions: the invocation event envelope, the response, platform function
 * errors, their byte-exact codec, and every wire constant.
 */
package io.fusionize.core.wire;
