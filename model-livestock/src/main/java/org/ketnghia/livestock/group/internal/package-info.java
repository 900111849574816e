/**
 * Not API: the handler that validates a group's founding decision against the participant registry,
 * the groups already founded and the programme's species priority. Hosts use the commands, events and
 * projection of {@code org.ketnghia.livestock.group}; this package may change in any release.
 */
package org.ketnghia.livestock.group.internal;
