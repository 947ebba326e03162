/**
 * Strings of the content pages, both languages side by side. Every key is in both; the type checks it.
 * Merged into the site's dictionaries (`../vi.ts`, `../en.ts`); islands may import this file directly.
 */
export const contentVi = {} as const;

export const contentEn: Record<keyof typeof contentVi, string> = {};
