// Fills an empty database with the demo content, and only adds what is missing when run again:
// rows that exist (perhaps edited by staff since) are left alone.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { FigureQualifier, PostStatus } from "../../lib/generated/prisma/enums";
import { campaign, donationPoints, pages, posts } from "./content";

export const DEMO_ADMIN_EMAIL = "admin@calaiswinteraid.example";

const qualifiers = { around: FigureQualifier.AROUND, over: FigureQualifier.OVER, exactly: FigureQualifier.EXACTLY };

/** Posts sharing a date keep the order of the content file (first is newest). */
function publishedAt(isoDate: string, indexOnThatDay: number): Date {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() - indexOnThatDay * 10);
  return d;
}

export async function seed(databaseUrl: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await db.$transaction(
      async (tx) => {
        const { figures, waysToHelp, ...fields } = campaign;
        let created = { campaign: 0, pages: 0, posts: 0, staff: 0, donationPoints: 0 };

        const existing = await tx.campaign.findUnique({ where: { slug: campaign.slug } });
        if (!existing) {
          await tx.campaign.create({
            data: {
              ...fields,
              figures: {
                create: figures.map((f, position) => ({ place: f.place, count: f.count, note: f.note, qualifier: qualifiers[f.qualifier], position })),
              },
              waysToHelp: { create: waysToHelp.map((w, position) => ({ ...w, position })) },
            },
          });
          created.campaign = 1;
        }

        const pageResult = await tx.sitePage.createMany({ data: pages, skipDuplicates: true });

        const seenPerDay = new Map<string, number>();
        const postRows = posts.map(({ publishedOn, ...post }) => {
          const index = seenPerDay.get(publishedOn) ?? 0;
          seenPerDay.set(publishedOn, index + 1);
          return { ...post, status: PostStatus.PUBLISHED, publishedAt: publishedAt(publishedOn, index) };
        });
        const postResult = await tx.post.createMany({ data: postRows, skipDuplicates: true });

        // The demo staff account: sign in at /admin/sign-in; the link lands in the outbox.
        const staffResult = await tx.user.createMany({ data: [{ email: DEMO_ADMIN_EMAIL, name: "Demo admin", role: "ADMIN" }], skipDuplicates: true });

        // Drop-off points have no natural key: they are added only to an empty table, so points
        // staff have closed or edited never come back.
        const pointResult = (await tx.donationPoint.count()) === 0 ? await tx.donationPoint.createMany({ data: donationPoints }) : { count: 0 };

        created = { ...created, pages: pageResult.count, posts: postResult.count, staff: staffResult.count, donationPoints: pointResult.count };
        return created;
        // All or nothing, however busy the machine: Prisma's 5 s default expired mid-seed with a
        // build and two test runs beside it. Nothing else waits on this transaction.
      },
      { maxWait: 60_000, timeout: 120_000 },
    );
  } finally {
    await db.$disconnect();
  }
}
