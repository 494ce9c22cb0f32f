/**
 * The fusion runtime: it runs a function's entry task, routes each call in-process or through a
 * {@link io.fusionize.core.runtime.RemoteInvoker}, keeps local calls faithful to remote ones, and
 * records every invocation.
 */
package io.fusionize.core.runtime;
