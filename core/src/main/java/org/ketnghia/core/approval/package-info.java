/**
 * Four eyes where money or people's status changes (<i>nguyên tắc bốn mắt</i>: one person records, a
 * second approves), after Apache Fineract's maker-checker. The host configures an {@link
 * org.ketnghia.core.approval.ApprovalPolicy} on the runtime builder: per command type, always or above a
 * threshold. A command under it that is submitted directly passes its permission and validation as usual
 * but takes no effect: an {@link org.ketnghia.core.approval.ApprovalRequested} event carrying the command
 * as the maker submitted it is recorded instead. It takes effect only when a second person, authorised
 * for the command in its unit, records {@link org.ketnghia.core.approval.ApproveRequest}: the command's
 * permission and validation run again at that moment and its events are appended atomically with the
 * approval. {@link org.ketnghia.core.approval.RejectRequest} and expiry change nothing. Pending requests
 * are listed by {@link org.ketnghia.core.approval.ApprovalRegister}.
 */
@KetnghiaStyle
package org.ketnghia.core.approval;

import org.ketnghia.core.value.KetnghiaStyle;
