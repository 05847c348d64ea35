// The names the moderation page gives its forms, so each takes only its own kept answer
// (app/admin/kept-answer-to.tsx). A plain module: the page and the forms both read it.

export const BULK_APPROVE_FORM = "bulk-approve";
export const approveForm = (photoId: string) => `approve-${photoId}`;
export const takeDownForm = (photoId: string) => `take-down-${photoId}`;
export const linkForm = (photoId: string) => `link-${photoId}`;
