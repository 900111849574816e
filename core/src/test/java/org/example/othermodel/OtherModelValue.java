package org.example.othermodel;

/** A value of another model: a model module must never depend on it. */
public record OtherModelValue(String id) {
}
