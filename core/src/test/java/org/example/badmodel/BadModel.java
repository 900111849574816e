package org.example.badmodel;

import org.example.othermodel.OtherModelValue;
import org.example.othermodel.internal.OtherInternal;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/** A model that breaks the contract three ways: another model, another module's internals, the host's runtime. */
public final class BadModel {

    private BadModel() {
    }

    public static String describe(KetnghiaRuntime runtime) {
        return new OtherModelValue(OtherInternal.secret()).id() + runtime.models().size();
    }
}
