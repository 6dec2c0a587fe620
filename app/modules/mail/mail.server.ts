// Outgoing mail: through SMTP (nodemailer) when SMTP_URL is set, otherwise into the in-app outbox.
import nodemailer from "nodemailer";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { outboxMessages } from "@db/schema";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | null | undefined;

function smtp(): nodemailer.Transporter | null {
  if (transport === undefined) {
    transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  }
  return transport;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "familiennetz <no-reply@familiennetz.local>";
}

export async function sendMail(mail: Mail): Promise<void> {
  const transporter = smtp();
  if (transporter) {
    await transporter.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  getDb().insert(outboxMessages).values({ recipient: mail.to, subject: mail.subject, body: mail.text }).run();
}

export function listOutbox(limit = 200) {
  return getDb().select().from(outboxMessages).orderBy(desc(outboxMessages.id)).limit(limit).all();
}

export function getOutboxMessage(id: number) {
  return getDb().select().from(outboxMessages).where(eq(outboxMessages.id, id)).get() ?? null;
}

/** Absolute URL for links in mails: APP_URL when set, otherwise the request's origin. */
export function appUrl(request: Request, path: string): string {
  const base = process.env.APP_URL ?? new URL(request.url).origin;
  return new URL(path, base).toString();
}
