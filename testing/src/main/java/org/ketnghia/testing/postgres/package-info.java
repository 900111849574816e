/**
 * A throwaway PostgreSQL server (<i>máy chủ PostgreSQL tạm</i>) started from the machine's own
 * binaries, for store tests and benchmarks that need a real server without any installation by hand.
 */
package org.ketnghia.testing.postgres;
