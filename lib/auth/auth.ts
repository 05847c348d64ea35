import "server-only";
import { createElement } from "react";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import { renderEmail } from "@/lib/email/templates/render";
import { SignInEmail, signInSubject } from "@/lib/email/templates/sign-in-email";
import { env } from "@/lib/env";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { appSecret } from "@/lib/security/app-secret";
import { maySignIn } from "./staff-access";

const LINK_MINUTES = 15;

// Staff sign in with a single-use email link sent through the site's own mailer (so in the
// embedded default it lands in the outbox). Sessions live in the database: they expire, and
// signing out deletes them.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret: appSecret(),
  trustHost: true,
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in?sent=1", error: "/admin/sign-in" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url }) {
        // Only staff get a link; everyone is told the same thing, so the form reveals nobody.
        if (!(await maySignIn(db, identifier, env.ADMIN_EMAILS))) return;
        const footer = await loadEmailFooter(db, { siteUrl: env.SITE_URL, postalAddress: env.CHARITY_POSTAL_ADDRESS });
        const { html, text } = await renderEmail(createElement(SignInEmail, { url, minutes: LINK_MINUTES, footer }));
        await sendEmail(db, { to: identifier, subject: signInSubject(footer.charityName), html, text, idempotencyKey: `sign-in/${new URL(url).searchParams.get("token") ?? url}` });
      },
    },
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link always "succeeds" (only staff are actually emailed one), so the answer
      // never tells who is staff; following a link signs in staff only.
      if (email?.verificationRequest) return true;
      return user.email ? maySignIn(db, user.email, env.ADMIN_EMAILS) : false;
    },
    async session({ session, user }) {
      const staff = await db.user.findUnique({ where: { id: user.id }, select: { role: true, disabledAt: true } });
      return { ...session, user: { ...session.user, id: user.id, role: staff?.disabledAt ? null : (staff?.role ?? null) } };
    },
  },
  events: {
    // Addresses in ADMIN_EMAILS are admins from their first sign-in.
    async createUser({ user }) {
      if (user.id && user.email && env.ADMIN_EMAILS.includes(user.email.toLowerCase())) {
        await db.user.update({ where: { id: user.id }, data: { role: StaffRole.ADMIN } });
      }
    },
  },
});
