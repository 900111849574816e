/**
 * Not API: the start-up model's command handlers (call, application, screening, approval, tranche,
 * follow-up, closure), the checks they share and the reading of applicants from the participant
 * registry. Hosts submit commands and read {@link org.ketnghia.startup.project.StartupProjects}; nothing
 * here is meant for them, and it may change at any time.
 */
package org.ketnghia.startup.project.internal;
