/**
 * Not API: helpers shared by the start-up model's packages (reading its JSON configuration with
 * every problem reported). Hosts must not depend on anything here; it may change at any time.
 */
package org.ketnghia.startup.internal;
