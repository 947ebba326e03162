import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { ImageFunction } from "astro/content/config";
import { parseFrontmatter } from "astro/markdown";
import { z } from "astro/zod";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { villageFixtures } from "../../commerce/src/scripts/seed/fixtures/villages.ts";
import { LOCALES } from "../../site/i18n/index.ts";
import { CONTENT_LOCALES, type ContentLocale } from "../../site/schemas/common.ts";
import { FestivalSchema } from "../../site/schemas/festival.ts";
import { ItinerarySchema } from "../../site/schemas/itinerary.ts";
import { CONTENT_DIR } from "../../site/schemas/localized-reference.ts";
import { StorySchema } from "../../site/schemas/story.ts";
import { VillageSchema } from "../../site/schemas/village.ts";

// The curated collections, read straight from content/ and parsed with the same zod schemas that
// site/content.config.ts gives Astro (Astro's image() is replaced by the real picture's metadata).

const COLLECTIONS = { villages: "md", stories: "mdx", festivals: "md", itineraries: "md" } as const;
type CollectionName = keyof typeof COLLECTIONS;
/** Front-matter fields that hold a picture, per collection. */
const IMAGE_FIELDS: Record<CollectionName, string[]> = {
  villages: ["heroImage"],
  stories: ["cover"],
  festivals: ["cover"],
  itineraries: [],
};

interface RawEntry {
  collection: CollectionName;
  locale: ContentLocale;
  handle: string;
  file: URL;
  text: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function readEntries(collection: CollectionName): RawEntry[] {
  return CONTENT_LOCALES.flatMap((locale) => {
    const folder = new URL(`${collection}/${locale}/`, CONTENT_DIR);
    return readdirSync(folder)
      .filter((name) => name.endsWith(`.${COLLECTIONS[collection]}`))
      .map((name) => {
        const file = new URL(name, folder);
        const text = readFileSync(file, "utf8");
        const { frontmatter, content } = parseFrontmatter(text);
        const handle = name.slice(0, name.lastIndexOf("."));
        return { collection, locale, handle, file, text, frontmatter, body: content };
      });
  });
}

const FORMATS = ["png", "jpg", "jpeg", "tiff", "webp", "gif", "svg", "avif", "apng"] as const;
type ImageFormat = (typeof FORMATS)[number];
const isFormat = (value: string | undefined): value is ImageFormat =>
  FORMATS.some((format) => format === value);

/** Stands in for Astro's `image()`: the test puts the picture's metadata where its path was. */
const image: ImageFunction = () =>
  z.object({
    src: z.string(),
    width: z.number(),
    height: z.number(),
    format: z.union([
      z.literal("png"),
      z.literal("jpg"),
      z.literal("jpeg"),
      z.literal("tiff"),
      z.literal("webp"),
      z.literal("gif"),
      z.literal("svg"),
      z.literal("avif"),
      z.literal("apng"),
    ]),
  });

interface Picture {
  src: string;
  width: number;
  height: number;
  format: ImageFormat;
  bytes: number;
}

/** Resolves a picture path relative to its entry, as Astro does, and reads its size and format. */
async function readPicture(entry: RawEntry, path: unknown): Promise<Picture> {
  if (typeof path !== "string") throw new Error(`${entry.file.pathname}: picture path is not a string`);
  const file = new URL(path, entry.file);
  if (!existsSync(file)) throw new Error(`${entry.file.pathname}: picture ${path} does not exist`);
  const { width, height, format } = await sharp(file.pathname).metadata();
  if (!isFormat(format)) throw new Error(`${file.pathname}: unexpected format ${format}`);
  return { src: file.pathname, width, height, format, bytes: statSync(file).size };
}

const schemas = {
  villages: VillageSchema({ image }),
  stories: StorySchema({ image }),
  festivals: FestivalSchema({ image }),
  itineraries: ItinerarySchema,
};

interface Loaded<T> extends RawEntry {
  id: string;
  data: T;
  pictures: Picture[];
}

async function load<S extends z.ZodType>(
  collection: CollectionName,
  schema: S,
): Promise<Loaded<z.output<S>>[]> {
  return Promise.all(
    readEntries(collection).map(async (entry) => {
      const input = { ...entry.frontmatter };
      const pictures: Picture[] = [];
      for (const field of IMAGE_FIELDS[collection]) {
        if (input[field] === undefined) continue;
        const picture = await readPicture(entry, input[field]);
        pictures.push(picture);
        input[field] = picture; // image()'s object drops the extra `bytes`
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        throw new Error(
          `${entry.file.pathname} does not match its schema:\n${z.prettifyError(parsed.error)}`,
        );
      }
      return { ...entry, id: `${entry.locale}/${entry.handle}`, data: parsed.data, pictures };
    }),
  );
}

const byLocale = <T extends { locale: ContentLocale; handle: string }>(entries: T[], locale: ContentLocale) =>
  entries
    .filter((entry) => entry.locale === locale)
    .map((entry) => entry.handle)
    .sort();

/** Every key, at any depth, of a parsed YAML value. */
function keys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner)]);
  }
  return [];
}

type Village = Loaded<z.output<typeof schemas.villages>>;
let villages: Village[];
let stories: Loaded<z.output<typeof schemas.stories>>[];
let festivals: Loaded<z.output<typeof schemas.festivals>>[];
let itineraries: Loaded<z.output<typeof schemas.itineraries>>[];
let everything: RawEntry[];

beforeAll(async () => {
  [villages, stories, festivals, itineraries] = await Promise.all([
    load("villages", schemas.villages),
    load("stories", schemas.stories),
    load("festivals", schemas.festivals),
    load("itineraries", schemas.itineraries),
  ]);
  everything = [...villages, ...stories, ...festivals, ...itineraries];
});

const fixtureHandles = villageFixtures.map((village) => village.handle).sort();
const artisans = new Map(artisanFixtures.map((artisan) => [artisan.handle, artisan]));

describe("content collections", () => {
  it("use the site's languages", () => {
    expect([...CONTENT_LOCALES]).toEqual([...LOCALES]);
  });

  it("every entry states the language of its folder", () => {
    for (const entry of everything) expect(entry.frontmatter.locale, entry.file.pathname).toBe(entry.locale);
  });

  it("have the eight villages of the commerce fixture, in every language", () => {
    expect(fixtureHandles).toHaveLength(8);
    for (const locale of CONTENT_LOCALES) expect(byLocale(villages, locale), locale).toEqual(fixtureHandles);
  });

  it("describe each village with the commerce fixture's facts", () => {
    for (const village of villages) {
      const fixture = villageFixtures.find((candidate) => candidate.handle === village.handle);
      if (!fixture) throw new Error(`${village.id} is not in the commerce fixture`);
      const { data } = village;
      const name = village.locale === "vi" ? fixture.name : `${fixture.name.replace(/^Làng /, "")} village`;
      expect(data.name, village.id).toBe(name);
      expect(data.ethnicGroup, village.id).toBe(fixture.ethnicGroup);
      expect(data.crafts, village.id).toEqual(fixture.crafts);
      expect(data.place.commune, village.id).toBe(fixture.commune);
      expect(data.place.province, village.id).toBe(fixture.province);
      expect(data.place.area, village.id).toBe(fixture.area[village.locale]);
    }
  });

  it("give a village the same curation, picture and facts in every language", () => {
    const neutral = ({ data, frontmatter }: Village) => ({
      ethnicGroup: data.ethnicGroup,
      crafts: data.crafts,
      coordinates: data.coordinates,
      featured: data.featured,
      order: data.order,
      heroImage: frontmatter.heroImage,
      sample: data.sample,
    });
    for (const handle of fixtureHandles) {
      const [vi, en] = CONTENT_LOCALES.map((locale) =>
        villages.find((village) => village.handle === handle && village.locale === locale),
      );
      if (!vi || !en) throw new Error(`${handle} is missing a language`);
      expect(neutral(en), handle).toEqual(neutral(vi));
    }
    for (const locale of CONTENT_LOCALES) {
      const orders = villages
        .filter((village) => village.locale === locale)
        .map((village) => village.data.order);
      expect(new Set(orders).size, `unique order in ${locale}`).toBe(orders.length);
      expect(villages.some((village) => village.locale === locale && village.data.featured)).toBe(true);
    }
  });

  it("have every story, festival and itinerary in both languages, with the same links", () => {
    expect(byLocale(stories, "vi").length).toBeGreaterThanOrEqual(6);
    expect(byLocale(festivals, "vi").length).toBeGreaterThanOrEqual(3);
    expect(byLocale(itineraries, "vi").length).toBeGreaterThanOrEqual(2);
    const lists: RawEntry[][] = [stories, festivals, itineraries];
    for (const list of lists) {
      expect(byLocale(list, "en")).toEqual(byLocale(list, "vi"));
    }
    // Everything but the words must be the same in both languages: links, codes, dates, pictures.
    const neutral: Record<Exclude<CollectionName, "villages">, string[]> = {
      stories: ["village", "artisan", "craft", "publishedAt", "cover", "sample"],
      festivals: ["villages", "months", "cover", "sample"],
      itineraries: ["days", "sample"],
    };
    const linksOf = (entry: RawEntry) => {
      const fields = entry.collection === "villages" ? [] : neutral[entry.collection];
      const stops = entry.frontmatter.stops as { village: string; day: number }[] | undefined;
      return {
        ...Object.fromEntries(fields.map((field) => [field, entry.frontmatter[field]])),
        stops: stops?.map(({ village, day }) => ({ village, day })),
      };
    };
    for (const entry of [...stories, ...festivals, ...itineraries].filter((item) => item.locale === "vi")) {
      const twin = everything.find(
        (other) =>
          other.collection === entry.collection && other.handle === entry.handle && other.locale === "en",
      );
      if (!twin) throw new Error(`${entry.file.pathname} has no English twin`);
      expect(linksOf(twin), entry.file.pathname).toEqual(linksOf(entry));
    }
  });

  it("resolve every village reference to an entry in the same language", () => {
    const ids = new Set(villages.map((village) => village.id));
    const references = [
      ...stories.map((story) => ({ from: story.id, locale: story.locale, ref: story.data.village })),
      ...festivals.flatMap((festival) =>
        festival.data.villages.map((ref) => ({ from: festival.id, locale: festival.locale, ref })),
      ),
      ...itineraries.flatMap((itinerary) =>
        itinerary.data.stops.map((stop) => ({
          from: itinerary.id,
          locale: itinerary.locale,
          ref: stop.village,
        })),
      ),
    ];
    expect(references.length).toBeGreaterThan(20);
    for (const { from, locale, ref } of references) {
      expect(ref.collection, from).toBe("villages");
      expect(ref.id.startsWith(`${locale}/`), from).toBe(true);
      expect(ids.has(ref.id), `${from} → ${ref.id}`).toBe(true);
    }
  });

  it("link stories to sample artisans of the story's village and craft, named as sample characters", () => {
    for (const story of stories) {
      const { data } = story;
      const village = villageFixtures.find((candidate) => candidate.handle === story.frontmatter.village);
      expect(village?.crafts, story.id).toContain(data.craft);
      if (!data.artisan) continue;
      const artisan = artisans.get(data.artisan);
      if (!artisan) throw new Error(`${story.id}: artisan ${data.artisan} is not in the commerce fixture`);
      expect(artisan.villageHandle, story.id).toBe(village?.handle);
      expect(artisan.crafts, story.id).toContain(data.craft);
      const label = story.locale === "vi" ? "nhân vật mẫu" : "sample character";
      expect(story.body, story.id).toContain(artisan.displayName);
      expect(story.body.slice(0, 300), `${story.id} says early on who is invented`).toContain(label);
      expect(data.sample, story.id).toBe(true);
    }
  });

  it("offer a one-day and a two-day itinerary", () => {
    const lengths = itineraries.map((itinerary) => itinerary.data.days);
    expect(lengths).toContain(1);
    expect(lengths).toContain(2);
  });

  it("use local JPEG pictures of 1600×900 under 150 kB", () => {
    const pictures = [...villages, ...stories, ...festivals].flatMap((entry) => entry.pictures);
    expect(pictures.length).toBeGreaterThanOrEqual(villages.length + stories.length);
    for (const picture of pictures) {
      expect([picture.format, picture.width, picture.height], picture.src).toEqual(["jpeg", 1600, 900]);
      expect(picture.bytes, picture.src).toBeLessThan(150_000);
    }
  });

  it("are written in Unicode NFC", () => {
    for (const entry of everything) {
      expect(entry.text === entry.text.normalize("NFC"), entry.file.pathname).toBe(true);
    }
  });

  it("never give a district (abolished in 2025)", () => {
    for (const entry of everything) {
      const found = keys(entry.frontmatter).filter((key) => /district|huy[eệ]n/i.test(key));
      expect(found, entry.file.pathname).toEqual([]);
      expect(entry.text.toLowerCase(), entry.file.pathname).not.toContain("huyện");
    }
  });
});

describe("content schemas", () => {
  const villageInput = async (): Promise<Record<string, unknown>> => {
    const [entry] = readEntries("villages");
    if (!entry) throw new Error("no village entries");
    return { ...entry.frontmatter, heroImage: await readPicture(entry, entry.frontmatter.heroImage) };
  };

  it("accept a real entry as it is", async () => {
    expect(schemas.villages.safeParse(await villageInput()).success).toBe(true);
  });

  it("reject a district in a place", async () => {
    const input = await villageInput();
    const place = { ...(input.place as object), district: "Kon Tum" };
    expect(schemas.villages.safeParse({ ...input, place }).success).toBe(false);
  });

  it("reject text that is not NFC", async () => {
    const input = await villageInput();
    const result = schemas.villages.safeParse({ ...input, summary: "Làng dệt thổ cẩm".normalize("NFD") });
    expect(result.success).toBe(false);
  });

  it("reject a sample entry that does not say what is invented", async () => {
    const { sampleNote: _note, ...input } = await villageInput();
    expect(schemas.villages.safeParse({ ...input, sample: true }).success).toBe(false);
  });

  it("fail on a reference to a village that has no entry in that language", () => {
    const [entry] = readEntries("itineraries");
    if (!entry) throw new Error("no itinerary entries");
    const stops = entry.frontmatter.stops as object[];
    const broken = [...stops, { village: "kon-khong-co", day: 1, when: "Later", activities: "None." }];
    const result = ItinerarySchema.safeParse({ ...entry.frontmatter, stops: broken });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join("\n")).toContain(
      'no villages entry "kon-khong-co"',
    );
  });
});
