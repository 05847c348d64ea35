import type { Db } from "@/lib/db";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import type { VolunteerApplicationInput } from "./application-schema";

/** A calendar day ("2027-01-15") as the Date a `@db.Date` column stores. */
export const calendarDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * Saves an application and queues its acknowledgement email, in one transaction: either both
 * exist or neither. The job carries the application's id only; the handler reads the rest.
 */
export async function submitVolunteerApplication(db: Db, enqueue: Enqueue, input: VolunteerApplicationInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const application = await tx.volunteerApplication.create({
      data: {
        name: input.name,
        email: input.email,
        phone: input.phone,
        place: input.place,
        availableFrom: calendarDay(input.availableFrom),
        availableTo: calendarDay(input.availableTo),
        languages: input.languages,
        otherLanguages: input.otherLanguages,
        drivingLicence: input.drivingLicence,
        canDriveVan: input.canDriveVan,
        confirmedAdultAt: now,
        note: input.note,
      },
      select: { id: true },
    });
    await enqueue(queues.volunteerAcknowledgement, { applicationId: application.id }, { tx, singletonKey: `volunteer-ack/${application.id}` });
    return application;
  });
}
