/**
 * The facts a daily summary is made of (one per event that contributes, never a running counter) and the rule that
 * adds a day's facts up. Plain Java: no framework, no storage.
 */
package dev.bahi.queryprojections.domain;
