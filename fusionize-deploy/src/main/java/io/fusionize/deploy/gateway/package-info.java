/**
 * The HTTP gateway for root requests: it routes each request to the entry function of the current
 * setup version, keeps every request on one version, counts requests in flight per version and
 * measures the latency clients see.
 */
package io.fusionize.deploy.gateway;
