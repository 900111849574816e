/**
 * Architecture rules shipped in the core's test-jar for plugin modules: {@link
 * org.ketnghia.testing.arch.PilotModelArchitecture} checks that a model module keeps the plugin
 * contract without naming any other module.
 */
package org.ketnghia.testing.arch;
