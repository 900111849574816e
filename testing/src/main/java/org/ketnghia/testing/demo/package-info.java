/**
 * A demonstration pilot model (<i>mô hình trình diễn</i>) written only against the SPI: it records items
 * through the ledger. The core's own tests use it, and it shows the smallest model that passes the contract.
 */
@KetnghiaStyle
package org.ketnghia.testing.demo;

import org.ketnghia.core.value.KetnghiaStyle;
