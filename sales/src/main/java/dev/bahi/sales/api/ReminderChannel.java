package dev.bahi.sales.api;

/** How a reminder should reach the customer: a WhatsApp utility template or a DLT-registered SMS. */
public enum ReminderChannel { WHATSAPP, SMS }
