/**
 * Strings of the catalog pages, both languages side by side. Every key is in both; the type checks it.
 * Merged into the site's dictionaries (`../vi.ts`, `../en.ts`); islands may import this file directly.
 */
export const catalogVi = {} as const;

export const catalogEn: Record<keyof typeof catalogVi, string> = {};
