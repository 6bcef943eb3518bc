// The redaction marker of rule R10, in a module without Node imports so the browser's form
// engine and the server share the one value.
export const REDACTED = '••••••••';
