package dev.bahi.platform.runtime.demo;

/**
 * A context's contribution to the demo data created with {@code --bahi.demo=true}. Runs after start-up in
 * {@link #order()}; must be idempotent, since the demo flag may be given on every start.
 */
public interface DemoData {
    int order();

    /** Creates what is missing and returns lines worth printing (logins, ids) for the person trying Bahi. */
    java.util.List<String> create();
}
