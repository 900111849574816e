package org.example.othermodel.internal;

/** Another module's internal class. */
public final class OtherInternal {

    private OtherInternal() {
    }

    public static String secret() {
        return "internal";
    }
}
