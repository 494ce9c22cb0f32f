/**
 * Optional export of invocation records as OpenTelemetry spans that follow the FaaS semantic
 * conventions. Needs {@code io.opentelemetry:opentelemetry-sdk} on the classpath; nothing else in
 * the monitor loads this package.
 */
package io.fusionize.monitor.otel;
