package org.ketnghia.startup.project;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * What a call for proposals (<i>đợt kêu gọi hồ sơ</i>) is, declared once for the command that opens it
 * ({@link OpenCall}) and the event that records it ({@link CallOpened}).
 */
public interface CallFacts {

    /** Unique id of the call. */
    String callId();

    /** The call's title, in Vietnamese. */
    String title();

    /** The last day applications are accepted. */
    LocalDate deadline();

    /** The most the call may approve in total. */
    Money budget();
}
