/**
 * Resource limits of instances: CPU quota proportional to memory and hard memory limits through
 * cgroup v1 or v2, what is enforced on this machine, and CPU oversubscription tracking.
 */
package io.fusionize.platform.internal.resources;
