/**
 * Marking personal data (dữ liệu cá nhân) in the model: the {@link
 * org.ketnghia.core.participant.privacy.Sensitive} annotation on every accessor that carries
 * ethnicity, income, deprivations, health, ID numbers or birth dates (sensitive or basic personal
 * data under Decree 13/2023/NĐ-CP and Law 91/2025/QH15), and {@link
 * org.ketnghia.core.participant.privacy.SensitiveData}, which lists those accessors by reflection
 * so that disclosure and exports can prove they never publish them.
 */
package org.ketnghia.core.participant.privacy;
