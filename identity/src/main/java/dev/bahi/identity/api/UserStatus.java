package dev.bahi.identity.api;

/** Whether a user may log in. */
public enum UserStatus { ACTIVE, DISABLED }
