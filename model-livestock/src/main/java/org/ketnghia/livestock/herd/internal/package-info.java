/**
 * Not API: the command handlers of the herd (procurement and acceptance, hand-overs and pass-ons,
 * births, deaths, sales, vaccinations, losses, waivers, cash instead of animals and replacements of
 * dead animals). Hosts and other modules use the commands, events and the {@link
 * org.ketnghia.livestock.herd.Herd} projection of {@code org.ketnghia.livestock.herd}; this package may
 * change in any release.
 */
package org.ketnghia.livestock.herd.internal;
