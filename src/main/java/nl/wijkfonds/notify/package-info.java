/**
 * E-mail for every domain: the transactional {@link nl.wijkfonds.notify.Outbox} (a message row written in the
 * transaction of the change that causes it), templates in Dutch and English ({@link nl.wijkfonds.notify.MailTemplates}),
 * and {@link nl.wijkfonds.notify.MailDelivery}, which sends due messages through Jakarta Mail with retry and
 * back-off and never twice. See docs/mail.md.
 */
package nl.wijkfonds.notify;
