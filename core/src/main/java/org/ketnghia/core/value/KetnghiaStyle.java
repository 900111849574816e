package org.ketnghia.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info.java}.
 *
 * <p>Generated {@code ImmutableX} classes are package-private and hidden behind the abstract type:
 * callers use {@code X.builder()} (a nested {@code X.Builder extends ImmutableX.Builder}) or
 * {@code X.of(...)}, so no generated name ever appears in a public signature. Collections are
 * JDK immutable collections; no Guava is required at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allParameters = false,
        defaults = @Value.Immutable(copy = true),
        init = "*",
        depluralize = true)
public @interface KetnghiaStyle {
}
