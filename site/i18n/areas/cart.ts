/**
 * Strings of the cart pages, both languages side by side. Every key is in both; the type checks it.
 * Merged into the site's dictionaries (`../vi.ts`, `../en.ts`); islands may import this file directly.
 */
export const cartVi = {} as const;

export const cartEn: Record<keyof typeof cartVi, string> = {};
