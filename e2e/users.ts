export const E2E_USERS = {
  viewer: { email: 'viewer@console.local', name: 'Vera Viewer', role: 'viewer', password: 'viewer-password-1' },
  operator: { email: 'operator@console.local', name: 'Otto Operator', role: 'operator', password: 'operator-password-1' },
  approver: { email: 'approver@console.local', name: 'Anna Approver', role: 'approver', password: 'approver-password-1' },
} as const;
