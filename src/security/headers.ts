/**
 * The game's security headers, in one place for everything that serves it:
 * the Vite build writes the Content Security Policy into index.html as a meta
 * tag (static hosts send no headers), `vite preview` sends the headers, and a
 * game server of ours imports the same values. The policy allows only the
 * game's own scripts, styles, data and connections (no inline script or style
 * attribute, no eval), images from itself and data: URLs (Phaser's built-in
 * textures), and no framing. `frame-ancestors` works only as a header, so the
 * meta tag leaves it out (browsers ignore it there, with a console warning).
 */

/** The directives, in the order they are written. */
const DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Directives a meta tag cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export interface PolicyOptions {
  /** For the meta tag: leave out what only a header can carry. */
  readonly meta?: boolean;
  /** More places the page may connect to (a game server on another origin, e.g. "wss://play.example.org"). */
  readonly connect?: readonly string[];
}

/** The Content-Security-Policy value. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  return DIRECTIVES.filter(([name]) => !(options.meta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => `${name} ${(name === 'connect-src' ? [...sources, ...(options.connect ?? [])] : sources).join(' ')}`)
    .join('; ');
}

/** Every header a server of ours sends with the game's pages and files. */
export function securityHeaders(options: Omit<PolicyOptions, 'meta'> = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}
