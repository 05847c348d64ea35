import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/queue/site-queue";
import { appSecret } from "@/lib/security/app-secret";
import { LINK_MINUTES, requestSignInLink } from "./sign-in-link";
import { maySignIn } from "./staff-access";

// One origin: Auth.js writes absolute URLs (the sign-in link in the email, its redirects) from
// AUTH_URL when it is set, and otherwise from the request's Host or X-Forwarded-Host, which anyone
// can forge. It reads AUTH_URL from process.env itself, on every request (next-auth's
// reqWithEnvURL, and createActionURL for signIn() in server actions), and takes no option for it,
// so this is the one place outside lib/env.ts that touches process.env: it makes AUTH_URL the
// site's own SITE_URL, whatever the environment said. With AUTH_URL set, Auth.js trusts it and
// never the request's host.
// eslint-disable-next-line no-restricted-properties -- Auth.js reads its origin only from here (see above)
process.env.AUTH_URL = env.SITE_URL;

// Staff sign in with a single-use email link sent through the site's own mailer (so in the
// embedded default it lands in the outbox). Sessions live in the database: they expire, and
// signing out deletes them.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret: appSecret(),
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in?sent=1", error: "/admin/sign-in" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: LINK_MINUTES * 60,
      // Only staff get a link, and everyone is told the same thing. Whether the address is
      // staff's is decided by the queue's job, not here, so every request does the same work.
      async sendVerificationRequest({ identifier, url, expires }) {
        await requestSignInLink(enqueue, { identifier, url, expires });
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
    // What GET /api/auth/session answers, and auth() returns: who is signed in and until when.
    // Never the session token (the cookie is HttpOnly to keep it from scripts) nor ids; the
    // staff member's role is read beside the data, by lib/auth/current-staff.ts.
    session({ session, user }) {
      return { expires: session.expires, user: { name: user.name ?? null, email: user.email } };
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
