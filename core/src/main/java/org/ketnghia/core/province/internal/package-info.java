/**
 * Implementation of {@code org.ketnghia.core.province}: reading manifests, JSON and CSV unit files,
 * line indexes and the pack-wide rules. Not API: nothing outside the core may use these classes;
 * they change without notice.
 */
package org.ketnghia.core.province.internal;
