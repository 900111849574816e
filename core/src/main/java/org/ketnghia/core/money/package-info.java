/**
 * Exact money: {@link org.ketnghia.core.money.Money} is a whole number of đồng with
 * overflow-checked arithmetic, exact splitting and Vietnamese/English formatting. No floating point
 * ever touches an amount of public money.
 */
package org.ketnghia.core.money;
