/** The subcommands of the {@code ketnghia} command line (picocli), their shared options and exit codes. */
package org.ketnghia.examples.cli;
