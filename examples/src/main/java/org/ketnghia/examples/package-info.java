/**
 * The examples application: the Quảng Nam 2021 twinning programme run end to end by a host that
 * embeds ketnghia — the command-line entry point {@link org.ketnghia.examples.KetnghiaCli}.
 */
package org.ketnghia.examples;
