package dev.summit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: JDK collections only, accessors without a {@code get} prefix,
 * generated classes named {@code ImmutableX} with public builders.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allParameters = false)
@interface SummitStyle {}
