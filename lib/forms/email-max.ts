/**
 * The longest email address (RFC 5321's path limit less its brackets): lib/forms/fields.ts refuses
 * longer, forms set it as maxLength. A module of its own (re-exported by length-limit.ts) so that
 * the newsletter form on every page loads this number and not the messages beside it.
 */
export const EMAIL_MAX = 254;
