/**
 * Small helpers the core's features and the stores share, too general to belong to one feature: the SHA-256 the
 * ledger, the access log, the reports and the backups hash with ({@link org.ketnghia.core.util.Sha256}).
 */
package org.ketnghia.core.util;
