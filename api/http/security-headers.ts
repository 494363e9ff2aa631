import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer, with a content security policy that the pages work
 * under: scripts, images and requests from our own origin only (no inline script, nothing
 * from elsewhere), no framing, no plug-ins. Styles also allow inline ones: SurveyJS writes
 * <style> elements and style attributes at run time (measured by the CSP browser test);
 * an inline style cannot run code, an inline script could, and scripts stay strict.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
});
