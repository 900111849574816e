/**
 * Public disclosure (niêm yết công khai): the list a commune posts at its office of the households
 * supported and what each received. Pilot models mark their support events with {@link
 * org.ketnghia.core.disclosure.BeneficiarySupport}; {@link org.ketnghia.core.disclosure.SupportLedger}
 * collects them with only the public facts of each household (head's name, village, category);
 * {@link org.ketnghia.core.disclosure.PublicListing} renders the list as Vietnamese CSV and plain
 * text. By construction nothing else — no ID number, birth date, ethnicity, income, deprivation or
 * health data — can reach the list.
 */
package org.ketnghia.core.disclosure;
