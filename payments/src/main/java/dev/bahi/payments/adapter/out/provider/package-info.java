/** Payment provider adapters: signature checks and payload reading per provider ("generic" ships). */
package dev.bahi.payments.adapter.out.provider;
