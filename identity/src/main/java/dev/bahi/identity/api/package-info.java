/** Published language of the identity context: users, roles, invitations and devices. */
package dev.bahi.identity.api;
