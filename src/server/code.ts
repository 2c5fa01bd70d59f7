/** Class codes as people type them: 8 characters, no look-alikes (0/O, 1/I/L); shared by the server and the page. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{8}$/;

/** A code as typed: upper case, without spaces or dashes. */
export const normalizeCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');
