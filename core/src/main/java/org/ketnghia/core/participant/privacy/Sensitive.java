package org.ketnghia.core.participant.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor that returns personal data which must never be published: ethnicity, income,
 * deprivations, health, ID numbers, birth dates (dữ liệu cá nhân nhạy cảm). Put it on the abstract
 * accessor of a value type; {@link SensitiveData} finds it there, on overriding methods and through
 * nested values, so that disclosure and exports can prove by test that they leave it out.
 *
 * <p>Retained at run time so the check is reflective, not a convention.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sensitive {

    /** The kinds of personal data the accessor carries (at least one). */
    SensitiveKind[] kind();
}
