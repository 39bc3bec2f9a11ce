package dev.bahi.identity.api;

/** The operating system of a user's device. */
public enum DevicePlatform { ANDROID, IOS, WEB, WINDOWS, MACOS, LINUX }
