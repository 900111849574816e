/**
 * Not API: the command handlers of the model new-rural village, which validate commands against
 * the {@link org.ketnghia.village.scheme.VillageRegistry} projection and turn them into events. The
 * model installs them itself; hosts and other modules never use this package, and it may change
 * without notice.
 */
package org.ketnghia.village.scheme.internal;
