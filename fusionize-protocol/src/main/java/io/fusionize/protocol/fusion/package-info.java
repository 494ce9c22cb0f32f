/**
 * The fusion runtime's wire contracts: the function environment, the invocation envelope and
 * response keys, the trace header, invocation records, and how functions and versions are named.
 */
package io.fusionize.protocol.fusion;
