import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { countOutboxMessages } from '../../queries/count-outbox-messages.js';

/**
 * Whether the service sends e-mail (SMTP_URL set), from which address, with which links, and
 * how many messages wait, were sent or were given up. Off, the pages offer links to copy.
 */
export function adminMailRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    const mail = deps.mail;
    return c.json({ enabled: Boolean(mail), from: mail?.from ?? null, publicUrl: mail?.publicUrl ?? null, messages: await countOutboxMessages(deps.db) });
  });
}
