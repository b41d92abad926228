/** Demo accounts; the README lists them as demo-only credentials. */
export const DEMO_PASSWORD = 'Wislotki-demo-2025'
export const DEMO_USERS = {
  admin: { email: 'admin@wislotki.example', name: 'Anna Administracyjna', role: 'admin' },
  approver: { email: 'sekretarz@wislotki.example', name: 'Piotr Sekretarz', role: 'approver' },
  approver2: { email: 'rzecznik@wislotki.example', name: 'Maria Rzeczniczka', role: 'approver' },
  editor: { email: 'redakcja.szkola@wislotki.example', name: 'Ewa Redaktorka', role: 'editor' },
  editorOsp: { email: 'osp@wislotki.example', name: 'Jan Strażak', role: 'editor' },
} as const

export type DemoUser = keyof typeof DEMO_USERS
