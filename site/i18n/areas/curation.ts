/**
 * Strings of the home page's curated parts (the tourism office's choices), both languages side by side.
 * Merged into the site's dictionaries (`../vi.ts`, `../en.ts`).
 */
export const curationVi = {
  "curation.seasonalFestival": "Lễ hội của mùa",
  "curation.itineraries": "Hành trình gợi ý",
} as const;

export const curationEn: Record<keyof typeof curationVi, string> = {
  "curation.seasonalFestival": "Festival of the season",
  "curation.itineraries": "Suggested itineraries",
};
