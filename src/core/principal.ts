/** Who is calling, as established from their API key. */
export type Principal =
  | { role: 'admin'; keyId: string }
  | { role: 'park_staff'; keyId: string; parkId: string }
  | { role: 'enterprise'; keyId: string; enterpriseId: string; parkId: string }
  | { role: 'expert'; keyId: string; expertId: string }

export type Role = Principal['role']
export const roles = ['admin', 'park_staff', 'enterprise', 'expert'] as const satisfies readonly Role[]
