package dev.bahi.notifications.api;

/** How a message reaches a person: a WhatsApp Business template, a DLT-registered SMS, or an email. */
public enum Channel { WHATSAPP, SMS, EMAIL }
