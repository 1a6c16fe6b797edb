package org.tto.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retries what the outbox could not send right after the commit (the mail server was down, the node died): every
 * few seconds, on every node; the outbox's claim makes sure each due message is sent by one of them.
 */
@Configuration
@EnableScheduling
class MailOutboxWorker {

    private final MailOutbox outbox;

    MailOutboxWorker(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${tto.mail.outbox.poll:PT15S}", initialDelayString = "${tto.mail.outbox.poll:PT15S}")
    void sendDue() {
        outbox.deliverDue();
    }
}
