/**
 * The system Chromium, as the bench and the end-to-end tests start it (nothing is ever
 * downloaded): Debian's /usr/bin/chromium, or CHROME_PATH. One list of flags for all of them.
 */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
