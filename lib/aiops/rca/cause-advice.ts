// What an attack and a wrong clock mean and what to do about them, shared by the two steps that
// find them (log lines in log-findings.ts, the plugin's own checks in analyze-checks.ts), so the
// advice for one cause reads the same wherever it was found.

export const ATTACK = {
  meaning: 'The load and errors follow from someone using the plugin who should not; nothing in the plugin broke.',
  recommendations: (what: string) => [
    `Revoke ${what} now and issue its owner a new one; block the addresses it is used from`,
    'Find what was read or changed with it (access logs by key and address) and start your incident-response process (data owners, notification duties)',
    'Alert on a key used from many addresses or reading records in sequence, and rate-limit per key',
  ],
};

export const WRONG_CLOCK = {
  meaning: 'Peers refuse signed requests and tokens whose timestamps fall outside their window; the code and the peer are fine.',
  recommendations: (what: string) => [
    'Turn time synchronisation (chrony, systemd-timesyncd, the cloud time service) back on for the hosts and let the clock step back',
    'Find what turned it off (a new base image, a host setting) and fix it there so new hosts start synchronised',
    `Alert on ${what} (a few seconds off) long before it reaches a peer’s window`,
  ],
};
