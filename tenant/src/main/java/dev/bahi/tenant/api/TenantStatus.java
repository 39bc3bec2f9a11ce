package dev.bahi.tenant.api;

/** Whether a shop may use Bahi. */
public enum TenantStatus { ACTIVE, SUSPENDED }
