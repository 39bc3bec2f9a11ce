package dev.bahi.platform.kernel;

/** A message or document that belongs to one shop. Every command and event of a context implements it. */
public interface TenantScoped {
    String tenantId();
}
