/** How large an invitee list may be, shared by every shell that reads one. */

/** Largest list read (a list of invitees is a few hundred rows, a few tens of KB). */
export const MAX_LIST_BYTES = 10 * 1024 * 1024;
