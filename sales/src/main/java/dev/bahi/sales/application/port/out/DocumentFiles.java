package dev.bahi.sales.application.port.out;

import java.util.Optional;

/** Rendered documents kept once per shop and key (e.g. an invoice PDF in one layout), so they are never redrawn. */
public interface DocumentFiles {
    Optional<byte[]> find(String tenantId, String key);

    /** Keeps {@code content} unless a file with this key is already kept (the first one stays). */
    void store(String tenantId, String key, String contentType, byte[] content);
}
