import "server-only";
import { env } from "../env";
import { logger } from "./logger";

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/**
 * Sends an e-mail through SMTP_URL. Without SMTP the product still works: reset links are issued by
 * admins and notifications stay in the app.
 */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  if (!mailConfigured()) throw new Error("SMTP is not configured");
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(env().SMTP_URL);
  await transport.sendMail({ from: env().MAIL_FROM, ...message });
  logger.info({ to: message.to, subject: message.subject }, "mail sent");
}
