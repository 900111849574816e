/**
 * Personal data in a ledger that never forgets (bảo vệ dữ liệu cá nhân, Law 91/2025/QH15, Decree
 * 13/2023/NĐ-CP): the fields marked {@link org.ketnghia.core.participant.privacy.Sensitive}, and people's
 * names, are stored as AES-256-GCM ciphertext under a data key per data subject ({@link
 * org.ketnghia.core.privacy.DataSubject}); the keys live in a {@link org.ketnghia.core.privacy.SubjectKeyStore}
 * apart from the events, wrapped by the host's {@link org.ketnghia.core.privacy.MasterKey}; erasing a subject
 * destroys its key (crypto-shredding), after which its fields read as erased while the hash chain, computed
 * over the stored bytes, still verifies. Every read of personal data by a person is logged first in the
 * hash-chained {@link org.ketnghia.core.privacy.AccessLog}, whose entries an {@link
 * org.ketnghia.core.privacy.AccessLogStore} keeps (memory, a JSON Lines file, or a database table).
 */
package org.ketnghia.core.privacy;
